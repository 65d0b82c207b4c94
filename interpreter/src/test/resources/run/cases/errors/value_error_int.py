# ValueError from int() inside an expression, carets on the call.
lines = ["10", "20", "3O"]
total = 0
for line in lines:
    total = total + int(line)
    print("running total", total)
