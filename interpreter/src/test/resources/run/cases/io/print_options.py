# print with sep, end, several arguments, and no arguments.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" -- continued")
print("x", "y", sep="\n", end="\n---\n")
print()
print(1, 2.5, None, True, [1], {"k": (1,)}, sep=" | ")
print(*range(5))
print(*"spread", sep=".")
print("end", "with", "tab", end="\t|\n")
print(sep="ignored")
print("", end="")
print("sep=None", "uses", "space", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
