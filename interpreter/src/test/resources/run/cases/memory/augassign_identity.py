# += mutates lists in place but rebinds for tuples, ints and strs.
l = [1]
l_id = id(l)
l += [2]
print("list keeps its id:", id(l) == l_id)
t = (1,)
t_id = id(t)
t += (2,)
print("tuple gets a new one:", id(t) == t_id)
s = "a"
s2 = s
s += "b"
print("str rebound:", s is s2, s2)
