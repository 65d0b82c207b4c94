match x:
    case {'a': [1, 2, *rest], **kw} if rest:
        pass
    case C(1, y=2) | D():
        pass
    case -1 | 1+2j | 'a' 'b' | None | True:
        pass
    case _:
        pass
