# Recursion: factorial, fibonacci with memo, permutations, tree walks, mutual recursion.
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(30))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
def perms(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in perms(items[:i] + items[i + 1:])]
print(perms([1, 2, 3]), len(perms(list(range(5)))))
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
def walk(t, depth=0):
    if t is None:
        return
    value, left, right = t
    print("  " * depth + str(value))
    walk(left, depth + 1)
    walk(right, depth + 1)
walk(tree)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(301))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print("recursion stopped between 900 and 1000 frames:", 900 < d < 1000)
