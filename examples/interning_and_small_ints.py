"""Interning and small ints: when equal values are the very same object.

CPython preallocates the ints -5..256 once, so every 7 in a program is one object. Strings
that look like identifiers are interned by the compiler; sys.intern does it on demand.
Compare the ids shown in the Variables view for `small_a` and `small_b`, `big_a` and `big_b`.
"""
import sys

small_a = 256
small_b = int("256")
print("256 built twice is one object:", small_a is small_b)

big_a = 257
big_b = int("257")
print("257 built twice is two objects:", big_a is big_b, "| but equal:", big_a == big_b)

minus_five, minus_six = -5, -6
print("-5 is cached too:", int("-5") is minus_five, "| -6 is not:", int("-6") is minus_six)

name_a = "heap_scope"
name_b = "heap_" + "scope"  # folded by the compiler into a constant, then interned
print("identifier-like constants are interned:", name_a is name_b)

built = "".join(["heap_", "scope"])
print("a string built at run time is a new object:", built is name_a, "| equal:", built == name_a)
print("sys.intern gives back the interned one:", sys.intern(built) is name_a)

spaced_a = "hello world"
spaced_b = "".join(["hello", " ", "world"])
print("not identifier-like, built at run time:", spaced_a is spaced_b)
letter, empty = "x", ()
print("one-character strings are cached:", "".join(["x"]) is letter)
print("the empty tuple is a singleton:", tuple([]) is empty)
