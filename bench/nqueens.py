"""N-queens: count every placement of n non-attacking queens, by backtracking with sets of
occupied columns and diagonals, and also by the permutation-filter method.

Exercises recursion, set operations, generators and tuple building.
"""


def count_backtracking(n):
    cols, diag1, diag2 = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            found += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return found

    return place(0)


def permutations(items):
    # Our own, so the benchmark does not measure itertools.
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield (items[i],) + p


def count_permutations(n):
    cols = list(range(n))
    return sum(1 for vec in permutations(cols)
               if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)))


def main():
    a = count_backtracking(11)
    counts = {count_permutations(8) for _ in range(4)}  # four passes: about 1 s in all
    print(f"nqueens 11x11={a} 8x8={sorted(counts)}")


if __name__ == "__main__":
    main()
