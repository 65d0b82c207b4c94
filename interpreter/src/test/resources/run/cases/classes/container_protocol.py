# __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__, __reversed__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        print(f"  getitem {i!r}")
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3])
print(list(d), "(iteration falls back to __getitem__ until IndexError)")
print("C" in d, "Z" in d)
d[0] = "a"; del d[1]
print(d.cards, bool(d), bool(Deck([])))
print(list(reversed(d)))
class Range3:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
    def __contains__(self, x):
        print(f"  __contains__({x})")
        return x in (1, 2, 3)
    def __reversed__(self):
        return iter([3, 2, 1])
r = Range3()
print(list(r), 2 in r, 9 in r, list(reversed(r)), sorted(r), sum(r))
class Grid:
    def __getitem__(self, key):
        return f"cell{key}"
g = Grid()
print(g[1, 2], g[::2], g["name"], g[...])
