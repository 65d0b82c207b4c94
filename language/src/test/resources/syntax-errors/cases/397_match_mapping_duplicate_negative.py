match x:
    case {-1: a, 0: c, -1: b}:
        pass
