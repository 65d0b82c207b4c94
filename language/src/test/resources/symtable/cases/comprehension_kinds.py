a = [x for x in r]
b = {x for x in r}
c = {x: y for x, y in r}
d = (x for x in r)
