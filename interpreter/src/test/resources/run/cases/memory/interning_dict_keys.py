# Keyword arguments, attribute names and dict keys built from identifiers share one str object.
# The literal is bound to a name first: `x is "literal"` would draw a SyntaxWarning.
import sys
COLOUR = "colour"
def f(**kwargs):
    return list(kwargs)[0]
key = f(colour=1)
print("keyword name is the interned literal:", key is COLOUR)
class C:
    colour = 5
print("class attribute name:", [k for k in vars(C) if k == COLOUR][0] is COLOUR)
built = "col" + "our"
print("folded at compile time:", built is COLOUR)
runtime = "".join(["col", "our"])
print("made at run time:", runtime is COLOUR, "after intern:", sys.intern(runtime) is COLOUR)
d = {runtime: 1}
k = list(d)[0]
print("a dict keeps the key object it was given:", k is runtime)
obj = C()
setattr(obj, runtime, 1)
print("setattr interns the attribute name:", list(vars(obj))[0] is COLOUR)
SPACED = "a b"
print("non-identifier literals are also shared within one code object:", SPACED is "a b"[:])
print("getattr with a runtime string still finds it:", getattr(C, runtime))
