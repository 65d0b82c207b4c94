# traceback's 3.11 position carets: ^ under the failing expression unless it is the whole
# line, ~ and ^ for binary operators and subscripts, multi-line expressions, and the
# interpreter's own display of the same uncaught exception.
import traceback


def show(fn):
    try:
        fn()
    except Exception as e:
        print("".join(traceback.format_exception(e)), end="")
        return e


class Thing:
    attribute = None


def whole_line():
    raise ValueError("whole statement")


def call_part():
    return len(5) + 1


def binop():
    a, b = 1, 0
    return a + a / b


def subscript():
    d = {"a": {}}
    return d["a"]["missing"]


def attribute():
    return Thing().attribute.upper()


def multiline():
    return int(
        "not a number"
    )


def whole_expression():
    return 1 / 0


def nested_call():
    return str(int("x" + "y"))


def with_tabs():
	return [1][2]


def unicode_text():
    s = "héllo wörld"; return s + 1


for fn in (whole_line, call_part, binop, subscript, attribute, multiline, whole_expression,
           nested_call, with_tabs, unicode_text):
    print("===", fn.__name__)
    error = show(fn)

stack = traceback.extract_tb(error.__traceback__)
last = stack[-1]
print(last.lineno, last.end_lineno, last.colno, last.end_colno, repr(last.line))
lone = traceback.FrameSummary(__file__, 55, "x", colno=4, end_colno=8, end_lineno=55)
print(traceback.StackSummary.from_list([lone]).format())
binop()
