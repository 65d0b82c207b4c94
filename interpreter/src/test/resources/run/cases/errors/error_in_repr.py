# An exception raised inside __repr__ while printing a list.
class Broken:
    def __repr__(self):
        return "Broken(" + self.label + ")"
print([1, 2])
print([Broken()])
