# abc: abstract methods block instantiation; register, __subclasshook__, caches keep no references.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area()}"
print(Shape.__abstractmethods__ == frozenset({'area', 'perimeter', 'name'}))
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Sq(2)
except TypeError as e: print(e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
    name = "square"
s = Sq2(3); print(s.describe(), isinstance(s, Shape), issubclass(Sq2, Shape))
print(type(Shape), type(ABC), ABC.__module__, Shape.__mro__)
class Reg(metaclass=ABCMeta): pass
Reg.register(int)
@Reg.register
class Other: pass
print(isinstance(1, Reg), issubclass(int, Reg), isinstance("", Reg), issubclass(Other, Reg), Other.__name__)
print(issubclass(bool, Reg))
try: Reg.register(3)
except TypeError as e: print(e)
try: issubclass(3, Reg)
except TypeError as e: print(e)
class Sub(Reg): pass
try: Sub.register(Reg)
except RuntimeError as e: print(e)
print(abc.get_cache_token() >= 0)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook: return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), issubclass(Duck, Hook))
import sys
class Z: pass
n = sys.getrefcount(Z); isinstance(Z(), Reg); print(sys.getrefcount(Z) - n)
print(sorted(k for k in Shape.__dict__ if k.startswith('_abc')))
class Bad(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(Bad.__abstractmethods__))
try: Bad()
except TypeError as e: print(e)
print(isinstance(Reg, ABCMeta), ABCMeta.__mro__)
