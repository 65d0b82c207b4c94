# Reading all of stdin through sys.stdin: iteration, read, readline.
import sys
header = sys.stdin.readline()
print("header:", repr(header))
numbers = []
for line in sys.stdin:
    line = line.strip()
    if line:
        numbers.append(int(line))
print("numbers:", numbers, "sum:", sum(numbers))
print("rest:", repr(sys.stdin.read()))
