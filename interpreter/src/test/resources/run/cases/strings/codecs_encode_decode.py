# str.encode, bytes.decode and str(bytes, ...): encodings, aliases, error handlers and
# the UnicodeError messages and attributes CPython gives.


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except (UnicodeError, LookupError, TypeError) as e:
        extra = ""
        if isinstance(e, UnicodeError):
            extra = f" [{e.encoding} {e.start}-{e.end} {e.reason}]"
        print(label, "!!", type(e).__name__ + ":", e, extra)


text = "héllo wörld €"
for enc in ["utf-8", "UTF8", "utf_8", " Utf--8 ", "latin-1", "iso-8859-1", "L1", "ascii", "us-ascii",
            "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "u8"]:
    attempt(f"encode {enc!r}", lambda: text.encode(enc))
    attempt(f"roundtrip {enc!r}", lambda: text.encode(enc, "replace").decode(enc))

for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    attempt(f"ascii {errors}", lambda: "a\xe9\u20ac\U0001f600b".encode("ascii", errors))
    attempt(f"latin-1 {errors}", lambda: "a\xe9\u20ac\U0001f600b".encode("latin-1", errors=errors))

attempt("surrogates", lambda: "x\udc00\ud800y".encode())
attempt("one surrogate", lambda: "x\ud800y".encode("utf-16"))
attempt("surrogatepass", lambda: "\ud800".encode("utf-8", "surrogatepass"))
attempt("surrogateescape", lambda: "\udcff\udc80".encode("utf-8", "surrogateescape"))
attempt("surrogateescape bad", lambda: "\ud800".encode("utf-8", "surrogateescape"))

bad = [b"\xff", b"\x80abc", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x28", b"\xf0\x90\x28", b"\xed\xa0\x80",
       b"\xc0\xaf", b"ok\xf5", b"\xe0\x80\x80", b"abc\xe2\x82\xac\xe2"]
for data in bad:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        attempt(f"{data!r} {errors}", lambda: data.decode("utf-8", errors))
attempt("surrogatepass decode", lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass"))
attempt("ascii decode", lambda: b"ab\x80\x81c".decode("ascii"))
attempt("ascii decode replace", lambda: b"ab\x80\x81c".decode("ascii", "replace"))
attempt("latin-1 decode", lambda: bytes(range(250, 256)).decode("latin-1"))

for data, enc in [(b"a\x00b", "utf-16"), (b"\x00", "utf-16"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc", "utf-16-le"),
                  (b"\x00\xd8a\x00", "utf-16-le"), (b"\xfe\xff\x00a", "utf-16"), (b"\xff\xfea\x00", "utf-16"),
                  (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\x00\x00", "utf-32"),
                  (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"abc", "utf-8-sig"), (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32")]:
    attempt(f"{data!r} {enc}", lambda: data.decode(enc))
    attempt(f"{data!r} {enc} replace", lambda: data.decode(enc, "replace"))

attempt("unknown encoding", lambda: "a".encode("no-such-codec"))
attempt("not a text encoding", lambda: "a".encode("rot13"))
attempt("utf8-sig is no alias", lambda: "a".encode("utf8-sig"))
attempt("unknown handler, clean text", lambda: "a".encode("ascii", "bogus"))
attempt("unknown handler, error", lambda: "\xe9".encode("ascii", "bogus"))
attempt("encoding not str", lambda: "a".encode(1))
attempt("errors not str", lambda: b"a".decode(errors=1))
attempt("too many", lambda: "a".encode("utf-8", "strict", 3))
attempt("bad keyword", lambda: "a".encode(encodin="utf-8"))
attempt("str(bytes, enc)", lambda: str(b"caf\xc3\xa9", "utf-8"))
attempt("str(bytes, errors=)", lambda: str(b"caf\xe9", errors="replace"))
attempt("str(bytearray, enc)", lambda: str(bytearray(b"\xe9t\xe9"), "latin-1"))
attempt("str(str, enc)", lambda: str("x", "utf-8"))
attempt("str(int, enc)", lambda: str(3, "utf-8"))
attempt("bytearray decode", lambda: bytearray("naïve".encode()).decode())
attempt("keywords", lambda: "Ω".encode(encoding="utf-16-be", errors="strict"))

try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e.args[0], e.object, e.start, e.end, e.reason)
try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.args, e.object, e.start, e.end, e.reason)
