# The same source compiled and run twice, as a reload does: both compilations share the
# one interned copy of each name, and each code object, function and namespace adds its
# own references to it; dropping one run's namespace gives back only that run's.
import sys


def name(spelled):
    # Names are spelled with '-' for '_' in this file, so its own constants are not them.
    return spelled.replace("-", "_")


def count(spelled):
    return sys.getrefcount(sys.intern(name(spelled))) - 1


SOURCE = "def zq_reload(zq_arg):\n    return zq_arg, 'zq_value'\nzq_result = zq_reload(1)\n"
first_code = compile(SOURCE, "first", "exec")
print(count("zq-reload"), count("zq-arg"), count("zq-value"), count("zq-result"))
first = {}
exec(first_code, first)
print(count("zq-reload"), count("zq-arg"), count("zq-value"), count("zq-result"))
second_code = compile(SOURCE, "second", "exec")
second = {}
exec(second_code, second)
print(count("zq-reload"), count("zq-arg"), count("zq-value"), count("zq-result"))
print(first[name("zq-reload")].__name__ is second[name("zq-reload")].__name__)
print(first[name("zq-result")][1] is second[name("zq-result")][1])
first.clear()
print(count("zq-reload"), count("zq-arg"), count("zq-value"), count("zq-result"))
second.clear()
print(count("zq-reload"), count("zq-arg"), count("zq-value"), count("zq-result"))
