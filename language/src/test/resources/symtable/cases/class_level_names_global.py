x = 1
class C:
    y = x
    def m(self):
        return y
