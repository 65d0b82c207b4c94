# deepcopy keeps the shape of shared and cyclic structures through its memo.
import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print("cycle preserved:", b[1] is b, b is not a)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print("sharing preserved:", cp[0] is cp[1], cp[0] is not shared)
memo = {}
c1 = copy.deepcopy(shared, memo)
c2 = copy.deepcopy(shared, memo)
print("same memo, same copy:", c1 is c2)
