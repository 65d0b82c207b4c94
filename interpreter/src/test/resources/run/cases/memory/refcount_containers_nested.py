# Freeing an outer container releases what it holds, recursively.
import sys
leaf = object()
base = sys.getrefcount(leaf)
tree = [[leaf, [leaf, (leaf,)]], {"k": leaf}]
print("held four times:", sys.getrefcount(leaf) - base)
inner = tree[0][1]
del tree
print("inner list still alive:", sys.getrefcount(leaf) - base)
del inner
print("freed:", sys.getrefcount(leaf) - base)
