# Indexing and slicing strings, including negative steps and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[slice(1, 8, 3)], slice(1, 8, 3).indices(len(s)), slice(None, None, -1).indices(10))
for i in range(0, len(s), 3):
    print(i, s[i:i + 3])
word = "racecar"
print(word == word[::-1], "python"[::-1])
print([s[i] for i in range(-1, -11, -3)])
