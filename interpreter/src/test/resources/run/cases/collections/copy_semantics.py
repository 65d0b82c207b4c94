# Aliasing vs copying containers.
original = [[1, 2], [3, 4]]
alias = original
shallow = original[:]
shallow2 = list(original)
shallow3 = original.copy()
original[0].append(99)
original.append([5])
print(original)
print(alias)
print(shallow, shallow2, shallow3)
print(alias is original, shallow is original, shallow[0] is original[0])
d = {"k": [1]}
d2 = dict(d)
d2["k"].append(2)
d2["j"] = 0
print(d, d2)
row = [0, 0]
matrix = [row, row]
matrix[0][1] = 7
print(matrix, matrix[0] is matrix[1])
t = (1, [2])
t2 = tuple(t)
print(t2 is t, t[:] is t, "(tuples are not copied)")
s = "abc"
print(s[:] is s, str(s) is s)
