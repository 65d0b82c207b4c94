# A small interactive calculator driven by stdin.
total = 0
while True:
    try:
        line = input("> ")
    except EOFError:
        print()
        break
    if line == "quit":
        print("bye")
        break
    try:
        total += float(line)
    except ValueError:
        print(f"not a number: {line!r}")
        continue
    print(f"total = {total:g}")
print("final", total)
