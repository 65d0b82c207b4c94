# TypeError: an int is not subscriptable.
count = 5
print(count[0])
