"""Scope traps: one name, many variables."""
x = "global x"


class Box:
    x = "class attribute x"

    def method(self):
        return x

    def items(self):
        return [x for x in range(3)]


def outer():
    x = "outer's x"

    def inner():
        nonlocal x
        x = "rebound"
        return x

    def reader():
        return x

    return inner, reader


def other():
    x = "other's x"
    return x


def uses_global():
    global x
    x = "assigned through global"


def comprehension_shadow(values):
    total = [x * 2 for x in values]
    return total, x


def private():
    class Hidden:
        __secret = 1

        def peek(self):
            return self.__secret

    return Hidden
