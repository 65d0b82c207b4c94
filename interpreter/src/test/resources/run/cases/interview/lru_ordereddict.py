from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = OrderedDict()

    def get(self, key):
        if key not in self.cache:
            return -1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key, value):
        if key in self.cache:
            self.cache.move_to_end(key)
        self.cache[key] = value
        if len(self.cache) > self.capacity:
            evicted = self.cache.popitem(last=False)
            print("evict", evicted)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.cache.items())})"

c = LRUCache(2)
c.put(1, 1); c.put(2, 2)
print(c.get(1))
c.put(3, 3)
print(c.get(2))
c.put(4, 4)
print(c.get(1), c.get(3), c.get(4))
print(c)
print(c.cache)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b", last=False)
print(od, list(reversed(od)))
print(od == OrderedDict.fromkeys("bacde"), od == dict.fromkeys("abcde"))
print(od.popitem(), od.keys(), od.values(), od.items())
print(repr(OrderedDict()))
od2 = od.copy(); od2 |= {"z": 1}
print(od2)
