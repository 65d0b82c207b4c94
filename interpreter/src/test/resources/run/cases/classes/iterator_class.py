# A class whose __iter__ is a generator, plus a linked list with full protocol support.
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value, self.next = value, next
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __getitem__(self, i):
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(ll), sum(ll), 2 in ll, 9 in ll, ll[2], max(ll), sorted(ll, reverse=True))
print(ll == LinkedList([0, 1, 2, 3]), ll == [0, 1, 2, 3], [x * 10 for x in ll])
it = iter(ll)
print(type(it).__name__, next(it), next(it))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = ll
print(a, b, rest, dict(zip(ll, "wxyz")))
