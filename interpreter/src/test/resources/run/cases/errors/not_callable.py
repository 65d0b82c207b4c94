# TypeError: calling something that is not callable, e.g. a shadowed builtin.
list = [1, 2, 3]
print(list)
items = list((4, 5))
