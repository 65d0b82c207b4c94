# Errors that list operations raise, caught and printed.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
a = [1, 2, 3]
attempt("index 5", lambda: a[5])
attempt("index -4", lambda: a[-4])
attempt("pop empty", lambda: [].pop())
attempt("pop 10", lambda: a.pop(10))
attempt("remove 9", lambda: a.remove(9))
attempt("index 9", lambda: a.index(9))
attempt("str index", lambda: a["0"])
attempt("float index", lambda: a[1.0])
attempt("list + tuple", lambda: a + (4,))
attempt("list * list", lambda: a * a)
attempt("sort mixed", lambda: sorted([1, "a"]))
attempt("step zero", lambda: a[::0])
def assign_ext():
    b = [0, 1, 2, 3]
    b[::2] = [9]
    return b
attempt("extended slice", assign_ext)
def set_index():
    b = []
    b[0] = 1
attempt("assign out of range", set_index)
attempt("tuple item assignment", lambda: (1, 2).__setitem__(0, 5))
attempt("unhashable in set", lambda: {[1]})
attempt("list hash", lambda: hash([]))
attempt("max empty", lambda: max([]))
