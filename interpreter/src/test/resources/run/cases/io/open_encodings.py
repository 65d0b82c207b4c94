# open(): encoding=, errors= and newline= on reading and writing, with CPython's errors.
import os

path = "open_encodings_scratch.txt"


def raw():
    with open(path, "rb") as f:
        return f.read()


def put(data):
    with open(path, "wb") as f:
        f.write(data)


try:
    text = "café ñ € 𝄞\n"
    for enc in ("utf-8", "UTF8", "latin-1", "iso-8859-1", "ascii", "utf-16", "utf-16-le", "utf-16-be",
                "utf-32", "utf-8-sig"):
        try:
            with open(path, "w", encoding=enc) as f:
                print(enc, f.encoding, f.errors, f.write(text))
        except UnicodeEncodeError as e:
            print(enc, "UnicodeEncodeError:", e)
            with open(path, "w", encoding=enc, errors="replace") as f:
                f.write(text)
        data = raw()
        print("  ", data)
        with open(path, encoding=enc) as f:
            print("  ", repr(f.read()))

    # Appending to a UTF-16 file adds no second byte order mark; writing twice neither.
    with open(path, "w", encoding="utf-16") as f:
        f.write("ab")
        f.write("cd")
    with open(path, "a", encoding="utf-16") as f:
        f.write("ef")
    print(raw(), open(path, encoding="utf-16").read())

    for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        with open(path, "w", encoding="ascii", errors=errors) as f:
            f.write("naïve €\n")
        print(errors, raw())

    put(b"caf\xc3\xa9 \xff\xfe end\n")
    for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
        with open(path, encoding="utf-8", errors=errors) as f:
            s = f.read()
        print(errors, repr(s))
        if errors == "surrogateescape":
            with open(path + "2", "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(s)
            with open(path + "2", "rb") as f:
                print("   round trip:", f.read())
            os.remove(path + "2")
    for enc in ("utf-8", "ascii"):
        try:
            with open(path, encoding=enc) as f:
                f.read()
        except UnicodeDecodeError as e:
            print(enc, "UnicodeDecodeError:", e, "|", e.encoding, e.start, e.end, e.reason)
    put(b"\x00a\x00")
    try:
        open(path, encoding="utf-16-be").read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    put("é".encode("latin-1"))
    print(repr(open(path, encoding="latin-1").read()))
    try:
        with open(path, "w", encoding="ascii") as f:
            f.write("ok ")
            f.write("é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    print(raw())

    # Newlines on reading.
    put(b"one\ntwo\r\nthree\rfour")
    for newline in (None, "", "\n", "\r\n", "\r"):
        with open(path, newline=newline) as f:
            lines = f.readlines()
        with open(path, newline=newline) as f:
            whole = f.read()
        with open(path, newline=newline) as f:
            iterated = [line for line in f]
        print(repr(newline), lines, repr(whole), iterated == lines)
    # Newlines on writing.
    for newline in (None, "", "\n", "\r\n", "\r"):
        with open(path, "w", newline=newline) as f:
            f.write("a\nb\r\nc\n")
            print("x", file=f)
        print(repr(newline), raw())

    for bad in [dict(encoding="nope"), dict(newline="x"), dict(newline=5), dict(encoding=5), dict(errors=3)]:
        try:
            open(path, **bad)
        except (LookupError, ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    for bad in [dict(encoding="utf-8"), dict(errors="strict"), dict(newline="")]:
        try:
            open(path, "rb", **bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        open(path, encoding="utf-8", errors="bogus").read()
    except LookupError as e:
        print("LookupError:", e)
finally:
    if os.path.exists(path):
        os.remove(path)
