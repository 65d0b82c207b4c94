# copy.copy shares the items; copy.deepcopy copies them (ints and strs are shared anyway).
import copy
inner = [1, 2]
outer = [inner, "s", 1000]
sh = copy.copy(outer)
dp = copy.deepcopy(outer)
print("shallow shares inner:", sh[0] is inner, "deep copies it:", dp[0] is inner)
print("immutables shared by both:", sh[1] is outer[1], dp[2] is outer[2])
t = (1, 2, "x")
print("a tuple of immutables is not copied:", copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print("a tuple holding a list is:", copy.deepcopy(t2) is t2)
