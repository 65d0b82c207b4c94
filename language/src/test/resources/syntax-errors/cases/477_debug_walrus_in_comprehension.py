x = [(__debug__ := a) for a in b]
