# Floats computed at run time are new objects; a freed one's id may be reused.
x = 1.5
y = x * 1.0
print("computed float is another object:", x is y, x == y)
i1 = id(float("2.5"))
i2 = id(float("3.5"))
print("temporaries reuse memory:", i1 == i2)
f = float("4.5")
print("float('4.5') is not the literal:", f is 4.5 if False else f == 4.5)
