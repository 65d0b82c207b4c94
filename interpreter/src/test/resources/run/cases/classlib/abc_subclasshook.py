# abc: __subclasshook__ for structural checks, None opting out, negative caches after register().
from abc import ABC, ABCMeta, abstractmethod


class Closeable(ABC):
    @abstractmethod
    def close(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            for klass in C.__mro__:
                if "close" in klass.__dict__:
                    return klass.__dict__["close"] is not None or NotImplemented
            return NotImplemented
        return NotImplemented


class File:
    def close(self):
        return "closed"


class NotCloseable(File):
    close = None


class Socket(File):
    pass


print(issubclass(File, Closeable), issubclass(Socket, Closeable), issubclass(NotCloseable, Closeable))
print(isinstance(File(), Closeable), isinstance(object(), Closeable), isinstance(3, Closeable))
print(issubclass(list, Closeable))
Closeable.register(list)
print(issubclass(list, Closeable))


class Strict(Closeable):
    pass


print(issubclass(File, Strict), Strict.__subclasshook__(File))


class Odd(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return C.__name__.startswith("O")


class Orange:
    pass


class Apple:
    pass


print(issubclass(Orange, Odd), issubclass(Apple, Odd), isinstance(Orange(), Odd))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError:", e)


class Counting(ABCMeta):
    calls = 0

    def __instancecheck__(cls, inst):
        Counting.calls += 1
        return super().__instancecheck__(inst)


class Watched(metaclass=Counting):
    pass


class Child(Watched):
    pass


print(isinstance(Child(), Watched), isinstance(1, Watched), isinstance(Watched(), Watched), Counting.calls)
