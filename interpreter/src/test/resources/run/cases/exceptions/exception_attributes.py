# Attributes of caught exceptions: __traceback__, tb_next chain, with_traceback, __notes__.
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    e.add_note("first note")
    print(e.__notes__, type(e.__traceback__).__name__)
err = KeyError("k")
print(err.with_traceback(None) is err, err.__notes__ if hasattr(err, "__notes__") else "no notes yet")
try:
    try:
        raise OSError(2, "missing")
    except OSError as exc:
        raise RuntimeError("wrapped") from exc
except RuntimeError as e:
    print(repr(e.__cause__), e.__cause__.errno, e.__cause__.strerror, e.__context__ is e.__cause__)
class Detailed(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code, self.detail = code, detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
try:
    raise Detailed(7, "bad thing")
except Detailed as d:
    print(d, repr(d), d.args, d.code)
print(BaseException.__subclasses__()[:4])
print(ValueError.__mro__, ValueError.__doc__)
