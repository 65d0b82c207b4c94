class C:
    x = [(z := i) for i in y]
