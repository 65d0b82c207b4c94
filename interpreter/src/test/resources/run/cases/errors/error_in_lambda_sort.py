# A TypeError raised in a sort key; the traceback passes through the lambda.
people = [("ann", 31), ("bob", None), ("cy", 25)]
print(sorted(people, key=lambda p: p[0]))
print(sorted(people, key=lambda p: p[1] + 0))
