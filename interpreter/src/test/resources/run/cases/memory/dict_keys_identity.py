# A dict keeps the first key object it was given; later equal keys only replace the value.
k1 = "".join(["ke", "y"])
k2 = "".join(["ke", "y"])
d = {k1: 1}
d[k2] = 2
print("value replaced:", d[k1], "key kept:", list(d)[0] is k1)
t1 = (1, 2000)
t2 = (1, int("2000"))
e = {t1: "a"}
e[t2] = "b"
print(list(e)[0] is t1, e[t1])
