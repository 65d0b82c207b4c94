# An error inside a call that spans several lines: the traceback shows only the failing line.
def build(a, b, c):
    return {"a": a, "b": b, "c": c}
config = build(
    1,
    2,
    3 / 0,
)
