g = lambda a: int: 0
