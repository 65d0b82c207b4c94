# NameError that suggests a builtin.
values = [3, 1, 2]
print(sorted(values))
prnt(values)
