{(lambda: 1): (lambda: 2) for x in y}
