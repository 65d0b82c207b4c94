a, __debug__ = x
