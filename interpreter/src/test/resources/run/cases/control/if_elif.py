# if / elif / else and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"
for n in (-3, 0, 4, 7):
    print(n, classify(n), "big" if n > 5 else "small", "pos" if n > 0 else "zero" if n == 0 else "neg")
x = None
if x is None:
    print("x is None")
if []:
    print("never")
elif [0]:
    print("non-empty list is true")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C"
print([grade(s) for s in (95, 85, 50)])
if 1 < 2 and print("print returns None") is None:
    print("and evaluated both sides")
