# input() at end of file raises EOFError.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        print("EOF after", len(lines), "lines")
        break
print(lines)
