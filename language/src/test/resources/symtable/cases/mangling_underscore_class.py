class _Private:
    __x = 1
class ___:
    __y = 1
