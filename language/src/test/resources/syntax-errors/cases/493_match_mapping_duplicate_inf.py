match x:
    case {1e999: a, 2e999: b}:
        pass
