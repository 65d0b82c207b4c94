x[*a]
x[*a] = 1
