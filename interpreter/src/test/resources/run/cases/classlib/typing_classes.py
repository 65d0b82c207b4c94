# typing: NamedTuple, TypedDict, runtime_checkable Protocol, get_type_hints with forward references, overload, NewType, Annotated.
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, get_type_hints, overload, NewType, Annotated
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = P(1)
print(p, p.norm(), P._fields, P.__annotations__, P._field_defaults, isinstance(p, tuple))
Q = NamedTuple('Q', [('a', str)])
print(Q('s'), Q.__annotations__)
class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name='x')
print(m, type(m), Movie.__annotations__, sorted(Movie.__optional_keys__), Movie.__total__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
class A:
    x: int
    y: 'List[str]'
    def f(self, a: 'int', b: Optional[str] = None) -> 'A': ...
from typing import List, Optional
print(get_type_hints(A), get_type_hints(A.f))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), len(typing.get_overloads(g)))
UserId = NewType('UserId', int)
print(UserId(5), UserId, Annotated[int, 'meta'], typing.get_args(Annotated[int, 'm']))
