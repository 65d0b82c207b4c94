*a, b: int
