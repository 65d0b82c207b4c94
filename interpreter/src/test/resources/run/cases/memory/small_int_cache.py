# Small ints (-5..256) are cached; larger computed ints are new objects.
def computed(n):
    return int(str(n))
for n in (-6, -5, 0, 1, 100, 255, 256, 257, 1000):
    a = computed(n)
    b = computed(n)
    print(n, a is b)
x = 256
y = 255 + 1
print("256:", x is y)
x = 257
y = int("257")
print("257:", x is y)
big1 = 10 ** 20
big2 = 10 ** 20
print("10**20 computed twice:", big1 is big2, big1 == big2)
same = 1000
also = same
print("same object through assignment:", same is also)
print([i is int(str(i)) for i in range(250, 260)])
t = (500, 500)
print("equal constants in one code object are shared:", t[0] is t[1])
print((-5 + 0) is -5, (-6 + 0) is int("-6"))
