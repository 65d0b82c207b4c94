# List sizes after the operations that resize.
import sys
l = []
l.extend(range(5))
print("extend empty by range(5):", sys.getsizeof(l))
l = [1, 2, 3]
l.insert(0, 0)
print("insert into three:", sys.getsizeof(l))
l = list(range(20))
del l[5:]
print("del slice to 5:", sys.getsizeof(l))
l = [0] * 7
l += [1]
print("+= one to seven:", sys.getsizeof(l))
print("sorted copy:", sys.getsizeof(sorted(range(9))))
print("list(tuple of 9):", sys.getsizeof(list(tuple(range(9)))))
print("list of a generator of 9:", sys.getsizeof(list(x for x in range(9))))
