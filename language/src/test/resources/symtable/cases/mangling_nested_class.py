class Outer:
    class __Inner:
        __v = __w
