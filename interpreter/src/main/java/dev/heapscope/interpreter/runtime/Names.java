package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyStr;

/** Interned names the runtime looks up, so Java code never builds a str to find a dunder. */
public final class Names {
    private Names() {
    }

    public static final PyStr __init__ = Types.name("__init__");
    public static final PyStr __new__ = Types.name("__new__");
    public static final PyStr __repr__ = Types.name("__repr__");
    public static final PyStr __str__ = Types.name("__str__");
    public static final PyStr __hash__ = Types.name("__hash__");
    public static final PyStr __eq__ = Types.name("__eq__");
    public static final PyStr __ne__ = Types.name("__ne__");
    public static final PyStr __lt__ = Types.name("__lt__");
    public static final PyStr __le__ = Types.name("__le__");
    public static final PyStr __gt__ = Types.name("__gt__");
    public static final PyStr __ge__ = Types.name("__ge__");
    public static final PyStr __bool__ = Types.name("__bool__");
    public static final PyStr __len__ = Types.name("__len__");
    public static final PyStr __iter__ = Types.name("__iter__");
    public static final PyStr __next__ = Types.name("__next__");
    public static final PyStr __getitem__ = Types.name("__getitem__");
    public static final PyStr __setitem__ = Types.name("__setitem__");
    public static final PyStr __delitem__ = Types.name("__delitem__");
    public static final PyStr __contains__ = Types.name("__contains__");
    public static final PyStr __call__ = Types.name("__call__");
    public static final PyStr __getattribute__ = Types.name("__getattribute__");
    public static final PyStr __getattr__ = Types.name("__getattr__");
    public static final PyStr __setattr__ = Types.name("__setattr__");
    public static final PyStr __delattr__ = Types.name("__delattr__");
    public static final PyStr __get__ = Types.name("__get__");
    public static final PyStr __set__ = Types.name("__set__");
    public static final PyStr __delete__ = Types.name("__delete__");
    public static final PyStr __del__ = Types.name("__del__");
    public static final PyStr __enter__ = Types.name("__enter__");
    public static final PyStr __exit__ = Types.name("__exit__");
    public static final PyStr __name__ = Types.name("__name__");
    public static final PyStr __qualname__ = Types.name("__qualname__");
    public static final PyStr __module__ = Types.name("__module__");
    public static final PyStr __doc__ = Types.name("__doc__");
    public static final PyStr __dict__ = Types.name("__dict__");
    public static final PyStr __class__ = Types.name("__class__");
    public static final PyStr __slots__ = Types.name("__slots__");
    public static final PyStr __format__ = Types.name("__format__");
    public static final PyStr __index__ = Types.name("__index__");
    public static final PyStr __int__ = Types.name("__int__");
    public static final PyStr __float__ = Types.name("__float__");
    public static final PyStr __neg__ = Types.name("__neg__");
    public static final PyStr __pos__ = Types.name("__pos__");
    public static final PyStr __invert__ = Types.name("__invert__");
    public static final PyStr __abs__ = Types.name("__abs__");
    public static final PyStr __missing__ = Types.name("__missing__");
    public static final PyStr __init_subclass__ = Types.name("__init_subclass__");
    public static final PyStr __set_name__ = Types.name("__set_name__");
    public static final PyStr __builtins__ = Types.name("__builtins__");
    public static final PyStr __file__ = Types.name("__file__");
    public static final PyStr __spec__ = Types.name("__spec__");
    public static final PyStr __loader__ = Types.name("__loader__");
    public static final PyStr __package__ = Types.name("__package__");
    public static final PyStr __annotations__ = Types.name("__annotations__");
    public static final PyStr __reversed__ = Types.name("__reversed__");
    public static final PyStr __mro_entries__ = Types.name("__mro_entries__");
    public static final PyStr __prepare__ = Types.name("__prepare__");
    public static final PyStr __weakref__ = Types.name("__weakref__");
    public static final PyStr __round__ = Types.name("__round__");
    public static final PyStr __length_hint__ = Types.name("__length_hint__");
}
