# The compiler folds constant expressions only up to size limits.
def small():
    return 2 ** 64
def small2():
    return 2 ** 64
print("2 ** 64 folded, shared:", small() is small2())
def big():
    return 2 ** 200
def big2():
    return 2 ** 200
print("2 ** 200 not folded:", big() is big2())
def s1():
    return "ab" * 10
def s2():
    return "ab" * 10
print("'ab' * 10 folded:", s1() is s2())
def s3():
    return "ab" * 5000
def s4():
    return "ab" * 5000
print("'ab' * 5000 not folded:", s3() is s4())
def t1():
    return (1, 2) * 3
def t2():
    return (1, 2) * 3
print("tuple repeat folded:", t1() is t2())
