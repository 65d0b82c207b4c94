# string: the constants, capwords, Template (substitute, safe_substitute, errors,
# get_identifiers, is_valid, a custom delimiter) and Formatter.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big\tworld"), string.capwords("a-b-c", "-"), string.capwords(""))
t = string.Template("$who likes ${what}; costs $$5 $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, who="override"))
print(t.safe_substitute(who="tim"), t.get_identifiers(), t.is_valid(), t.template)
for text, values in [("$missing", {}), ("cost: $", {}), ("${broken", {}), ("line\n  $1", {})]:
    try:
        print(string.Template(text).substitute(values))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e, "|", string.Template(text).safe_substitute(values))
print(string.Template("$1 $").is_valid())


class Percent(string.Template):
    delimiter = "%"


print(Percent("%name is %% %{age}").substitute(name="Bo", age=3))
f = string.Formatter()
print(f.format("{} + {} = {total:>5}", 1, 2, total=3), f.format("{0[1]} {p.real} {0!r}", [5, 6], p=2j))
print(list(f.parse("a{{b}}c {x!r:>{w}} end")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format("{} and {:x}", "abc", 255))
