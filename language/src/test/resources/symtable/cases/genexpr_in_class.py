class C:
    a = 1
    b = list(a + i for i in range(3))
