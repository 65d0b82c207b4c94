match x:
    case {b'k': a, b'k': b}:
        pass
