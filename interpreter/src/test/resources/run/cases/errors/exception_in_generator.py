# Traceback through a generator frame and the loop driving it.
def readings(raw):
    for r in raw:
        yield 100 / r
for value in readings([4, 5, 0, 2]):
    print(value)
