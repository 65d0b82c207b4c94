# Code with a compile-time SyntaxWarning still runs; the warning goes to stderr.
x = 300
print(x is 300)
print("done")
