# An uncaught ZeroDivisionError: the traceback marks the operator with ~~^~~.
def ratio(a, b):
    return a / b
print("before")
total = 10
count = 0
print(ratio(total, count))
print("never printed")
