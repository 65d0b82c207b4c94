# typing: the errors of misused forms, as CPython words them.
import typing
from typing import (List, Dict, Union, Optional, Callable, Generic, TypeVar, Protocol, Any,
                    ClassVar, Literal, NoReturn, Tuple)

T = TypeVar('T')
S = TypeVar('S')
attempts = [
    ("List[int, str]", lambda: List[int, str]),
    ("Dict[str]", lambda: Dict[str]),
    ("Union[()]", lambda: Union[()]),
    ("Optional[int, str]", lambda: Optional[int, str]),
    ("Callable[int]", lambda: Callable[int]),
    ("Generic[int]", lambda: Generic[int]),
    ("Generic[T, T]", lambda: Generic[T, T]),
    ("Generic[()]", lambda: Generic[()]),
    ("List[int][str]", lambda: List[int][str]),
    ("NoReturn[int]", lambda: NoReturn[int]),
    ("Any()", lambda: Any()),
    ("Union()", lambda: Union()),
    ("List()", lambda: List()),
    ("TypeVar bivariant", lambda: TypeVar('X', covariant=True, contravariant=True)),
    ("TypeVar one constraint", lambda: TypeVar('X', int)),
    ("TypeVar bound and constraints", lambda: TypeVar('X', int, str, bound=int)),
    ("isinstance Union[int, str]", lambda: isinstance(1, Union[int, str])),
    ("issubclass Dict[str, int]", lambda: issubclass(dict, Dict[str, int])),
    ("isinstance ClassVar", lambda: isinstance(1, ClassVar)),
    ("Union[int, 3]", lambda: Union[int, 3]),
    ("Tuple[int, (1, 2)]", lambda: Tuple[int, (1, 2)]),
    ("List[ClassVar[int]]", lambda: List[ClassVar[int]]),
    ("overloaded call", lambda: typing.overload(lambda x: x)(1)),
    ("assert_never", lambda: typing.assert_never(42)),
]
for label, attempt in attempts:
    try:
        r = attempt()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class NotProto(Protocol):
    def meth(self): ...


for label, attempt in [
    ("isinstance non-runtime protocol", lambda: isinstance(1, NotProto)),
    ("instantiate protocol", lambda: NotProto()),
    ("runtime_checkable on class", lambda: typing.runtime_checkable(int)),
]:
    try:
        print(label, "->", attempt())
    except TypeError as e:
        print(label, "-> TypeError:", e)


class Pair(Generic[T, S]):
    pass


print(Pair[int, str], Pair[int, str].__args__, Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[T], Generic[S]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(List[T], Generic[S]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(Union):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2])
