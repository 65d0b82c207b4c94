"""Fannkuch: for every permutation of 1..n, count the prefix reversals ("flips") until 1
comes first; report the maximum and a signed checksum.

Exercises list slicing, slice assignment, and integer-heavy loops.
"""


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # Next permutation in the counting order used by the classic benchmark.
        while True:
            if r == n:
                return max_flips, checksum
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    max_flips, checksum = fannkuch(9)
    if fannkuch(9) != (max_flips, checksum):  # a second pass, so one iteration lasts ~1 s
        raise RuntimeError("fannkuch is not deterministic")
    print(f"fannkuch(9) max_flips={max_flips} checksum={checksum}")


if __name__ == "__main__":
    main()
