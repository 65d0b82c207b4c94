# classmethod, staticmethod, alternate constructors, and what each receives.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), Date.count)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.is_leap is Date.__dict__["is_leap"].__func__)
d = Date(2020, 1, 1)
print(d.from_string("2021-1-1"), type(d.__init__).__name__)
class Counter:
    instances = []
    def __init__(self):
        type(self).instances.append(self)
    @classmethod
    def how_many(cls):
        return len(cls.instances)
Counter(); Counter()
print(Counter.how_many())
