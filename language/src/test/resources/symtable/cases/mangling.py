class C:
    __a = 1
    __b__ = 2
    def __f(self, __p):
        __q = self.__a
        return __p
    class __Inner:
        __z = 1
    import __mod
    import __pkg.sub
    global __g
