# match: the TypeErrors of class patterns and mapping patterns, and what a failed case leaves bound.
class Bad:
    __match_args__ = ["a"]
    a = 1
class NotStr:
    __match_args__ = (1,)
class Two:
    __match_args__ = ("a", "a")
    a = 1
for subject, label in [(Bad(), "list __match_args__"), (NotStr(), "non-str element"), (Two(), "repeated attribute")]:
    try:
        match subject:
            case Bad(x) | NotStr(x):
                pass
            case Two(x, y):
                pass
    except TypeError as e:
        print(label, "->", e)
not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
class Keys:
    first = "k"
    second = "k"
try:
    match {"k": 1}:
        case {Keys.first: 1, Keys.second: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)
match [1, 2, 3]:
    case [a, b]:
        print("two")
    case [a, *rest] if a > 5:
        print("never")
    case _:
        print("after a failed guard a and rest are bound:", a, rest)
match 3.0:
    case 3:
        print("3.0 matches the literal 3")
match True:
    case 1:
        print("True == 1")
match 1:
    case True:
        print("unexpected")
    case _:
        print("True as a pattern is identity, not equality")
match "abc":
    case [*chars]:
        print("str is a sequence?", chars)
    case str(s):
        print("str is not a sequence pattern subject:", s)
