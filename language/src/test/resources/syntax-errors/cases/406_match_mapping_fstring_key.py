match x:
    case {f'k': a}:
        pass
