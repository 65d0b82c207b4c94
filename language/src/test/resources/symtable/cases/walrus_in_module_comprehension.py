[(y := x) for x in z]
print(y)
