match x:
    case {'k': a, b'k': b}:
        pass
