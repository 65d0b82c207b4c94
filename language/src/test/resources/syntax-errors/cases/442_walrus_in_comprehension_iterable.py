x = [i for i in (z := y)]
