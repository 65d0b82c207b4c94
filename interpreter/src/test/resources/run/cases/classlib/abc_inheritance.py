# abc: abstract methods through several levels, properties, class/static methods, update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def load(self): ...

    @abstractmethod
    def save(self, data): ...

    @property
    @abstractmethod
    def kind(self): ...

    @kind.setter
    @abstractmethod
    def kind(self, value): ...


class Half(Base):
    def load(self):
        return "loaded"


class Full(Half):
    _kind = "full"

    def save(self, data):
        return f"saved {data}"

    @property
    def kind(self):
        return self._kind

    @kind.setter
    def kind(self, value):
        self._kind = value


for cls in (Base, Half, Full):
    print(cls.__name__, sorted(cls.__abstractmethods__))
    try:
        obj = cls()
        print("  made", obj.load(), obj.save(1), obj.kind)
    except TypeError as e:
        print("  TypeError:", e)

f = Full()
f.kind = "changed"
print(f.kind, isinstance(f, Base), issubclass(Full, Half), Base.__mro__[-2:])


class WithKeywords(ABC):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(WithKeywords, tag="t1"):
    pass


print(Tagged.tag, type(Tagged).__name__)


class Late(ABC):
    @abstractmethod
    def run(self): ...


class Impl(Late):
    pass


print(sorted(Impl.__abstractmethods__))
Impl.run = lambda self: "ran"
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__), Impl().run())


class Meta2(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("created_by", mcls.__name__)
        return super().__new__(mcls, name, bases, ns, **kw)


class Thing(metaclass=Meta2):
    @abstractmethod
    def go(self): ...


class RealThing(Thing):
    def go(self):
        return "go"


print(RealThing.created_by, RealThing().go(), isinstance(RealThing(), Thing), type(Thing).__mro__)
print(abc.abstractmethod(lambda: 0).__isabstractmethod__)


class OldStyle(ABC):
    @abc.abstractclassmethod
    def make(cls): ...

    @abc.abstractstaticmethod
    def helper(): ...

    @abc.abstractproperty
    def value(self): ...


print(sorted(OldStyle.__abstractmethods__))
try:
    OldStyle()
except TypeError as e:
    print(e)
