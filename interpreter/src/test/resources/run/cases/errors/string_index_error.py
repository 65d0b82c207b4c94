# IndexError on a string, with negative index.
word = "abc"
print(word[-1], word[-3])
print(word[-4])
