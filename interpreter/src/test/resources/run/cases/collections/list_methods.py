# list methods and what they return.
a = [3, 1, 4]
print(a.append(1), a)
a.extend([5, 9]); print(a)
a.insert(0, 2); print(a)
a.insert(100, 6); print(a)
a.insert(-1, 7); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.count(1), a.index(1, 2))
a.remove(1); print(a)
a.reverse(); print(a)
b = a.copy(); b.append("copy"); print(a, b)
a.sort(); print(a)
a.clear(); print(a, len(a))
nums = list(range(10))
del nums[2]; print(nums)
del nums[::3]; print(nums)
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, 3 in [1, 2, 3], [1, 2, 3][-1])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, "shared rows")
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid, "separate rows")
x = [1, 2]
x += (3, 4)
x *= 2
print(x)
