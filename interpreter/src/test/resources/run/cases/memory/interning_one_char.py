# One-character strings from indexing and chr() are shared latin-1 singletons.
s = "hello"
print("s[1] is s[1]:", s[1] is s[1])
print("chr(101) is s[1]:", chr(101) is s[1])
print("slices of length one are shared:", s[1:2] is s[1])
t = "é"
print("latin-1 character:", chr(233) is t[0])
u = "\u20ac"
print("beyond latin-1, each index makes a new object:", u[0] is u[0], u[0] == chr(0x20ac))
print("empty slices are the empty string:", s[3:3] is "", s[5:] is str())
