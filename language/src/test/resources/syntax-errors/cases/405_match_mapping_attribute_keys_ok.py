match x:
    case {a.b: c, a.b: d}:
        pass
