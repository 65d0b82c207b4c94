# bisect: left/right, lo/hi bounds, key=, insort, and the classic grade table.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 0)
print(b)
people = [("ann", 19), ("bob", 25), ("cy", 31), ("dee", 40)]
print(bisect.bisect_left(people, 25, key=lambda p: p[1]), bisect.bisect_right(people, 25, key=lambda p: p[1]))
bisect.insort(people, ("eve", 27), key=lambda p: p[1])
bisect.insort_left(people, ("fay", 25), key=lambda p: p[1])
print(people)
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.insort(a, 1, -2), lambda: bisect.bisect([1, "x"], 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
