match x:
    case {a.b: 1, 'k': 2, a.b: 3, 'k': 4}:
        pass
