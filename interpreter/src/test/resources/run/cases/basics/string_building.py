# Building strings: concatenation, join, repetition, immutability.
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = [f"<{c}>" for c in "abc"]
print("".join(parts), ", ".join(parts), "\n".join(["l1", "l2"]))
word = "hello"
try:
    word[0] = "H"
except TypeError as e:
    print("TypeError:", e)
print("H" + word[1:], word.replace("h", "H", 1), word.capitalize())
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1 == "", [1] * 0)
print("=" * 20)
print("{:-^20}".format(" title "))
table = [("a", 1), ("bb", 22), ("ccc", 333)]
for name, val in table:
    print(name.ljust(5, ".") + str(val).rjust(5))
csv_line = ",".join(str(x) for x in [1, 2.5, None, True])
print(csv_line, csv_line.split(","))
print(str(1) + str(2), int("1") + int("2"), "1" "2")
print(" ".join(w[::-1] for w in "reverse each word".split()))
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".replace("ss", "SS"))
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","))
