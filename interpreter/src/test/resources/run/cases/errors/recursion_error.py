# RecursionError: the traceback collapses repeated lines.
def countdown(n):
    return countdown(n - 1)
print("going down")
countdown(10)
