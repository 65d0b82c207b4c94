# typing: reprs of the common forms, TypeVar, Generic, equality and caching, get_origin/get_args, isinstance rules.
import typing
from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, Tuple, Literal, ClassVar, Final, Set, Type, Iterable
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Any, Callable[[int, str], bool], Callable[..., int])
print(Tuple[int, ...], Tuple[()], Literal[1, 'a'], ClassVar[int], Final[str], Set[int], Type[int], Iterable[str], List)
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', int, str, covariant=True)
print(T, K, C, K.__bound__, C.__constraints__, T.__module__)
print(List[int] is List[int], Optional[int] == Union[int, None], Union[int, str] == Union[str, int], int | None == Optional[int])
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
print(Box[int], Box.__parameters__, Box.__mro__, Box[int](3).item, Box[int](3).__orig_class__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]), typing.get_origin(int | str))
print(isinstance([], List), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
print(typing.cast(int, "x"), typing.TYPE_CHECKING)
