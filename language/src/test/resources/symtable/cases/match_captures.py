match p:
    case [a, *rest]:
        pass
    case {'k': v, **others}:
        pass
    case Point(x=px, y=0) as pt:
        pass
    case (1 | 2) as num if num > lim:
        pass
    case _:
        pass
