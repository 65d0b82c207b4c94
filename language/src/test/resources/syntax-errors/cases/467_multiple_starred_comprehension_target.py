x = [1 for *a, *b in c]
