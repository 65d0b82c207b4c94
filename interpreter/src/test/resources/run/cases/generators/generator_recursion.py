# Recursive generators: permutations, combinations, subsets and tree traversal.
def permutations(items):
    if not items:
        yield []
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail
def subsets(items):
    if not items:
        yield set()
        return
    for s in subsets(items[1:]):
        yield s
        yield s | {items[0]}
print(list(permutations([1, 2, 3])))
print(list(combinations("abcd", 2)))
print(sorted(sorted(s) for s in subsets([1, 2, 3])))
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()
    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t.preorder()), list(t.postorder()), list(t.leaves()))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(sum(deep(200)))
