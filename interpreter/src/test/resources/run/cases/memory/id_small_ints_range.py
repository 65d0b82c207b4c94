# Ints from -5 to 256 are cached: every computation yields the same object.
nums = [int(str(i)) for i in range(-10, 262)]
same = [n for n in nums if n is int(str(n))]
print("cached:", same[0], "to", same[-1], "count", len(same))
a = 256
b = 255 + int("1")
print("256 computed:", a is b)
c = 257
d = 256 + int("1")
print("257 computed:", c is d)
print("bool is not an int object:", True is 1 if False else int(True) is 1)
