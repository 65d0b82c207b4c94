match x:
    case C(_, a=_):
        pass
