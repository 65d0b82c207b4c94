class C(Base, metaclass=M):
    '''doc'''
    x: int = 1
    def m(self):
        return __class__
