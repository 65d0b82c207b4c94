def f(p):
    match p:
        case [a, *_]:
            return a
        case {**kw}:
            return lambda: kw
