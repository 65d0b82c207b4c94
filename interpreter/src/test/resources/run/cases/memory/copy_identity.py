# copy.copy vs copy.deepcopy: which objects are shared.
import copy
inner = [1, 2]
outer = [inner, inner, "s", (3, inner)]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow == outer, shallow is outer, shallow[0] is inner)
print(deep == outer, deep[0] is inner, deep[0] is deep[1], "(deepcopy keeps sharing inside the copy)")
print(deep[2] is outer[2], "(strings are immutable and not copied)")
print(deep[3] is outer[3], deep[3][1] is deep[0])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, "(immutable all the way down)")
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, "(a tuple holding a list must be copied)")
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class Pt:
    def __init__(self, xs):
        self.xs = xs
p = Pt([1])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2.xs is p.xs, p3.xs is p.xs, p2.__dict__ is p.__dict__)
class Custom:
    def __copy__(self):
        print("  __copy__ called")
        return "custom copy"
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return "custom deepcopy"
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
print(copy.copy(5) is 5 or True, copy.deepcopy(len) is len, copy.copy(Pt) is Pt)
