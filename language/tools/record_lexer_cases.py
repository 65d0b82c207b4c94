#!/usr/bin/env python3
"""Records CPython 3.11's tokens and compile() outcome for the lexer's edge cases.

Writes language/src/test/resources/lexer/cases.txt, one block per case:

  case NAME
  text 'repr of the source, for people; the test reads only the hex line'
  source HEX                       the source bytes
  compile LINE                     what `cpython_oracle.py compile` prints for the source
  token KIND LINE COL HEX          one per token, only when compile() accepts the source
  end

Tokens come from the tokenize module, without ENCODING, COMMENT and NL (the parser never
sees them), with line ends translated to '\n' first as CPython's C tokenizer does. KIND is tokenize's type name (OP for every operator, NAME for keywords); LINE
and COL (code points) and the text are given for the tokens that hold text, not for
NEWLINE, INDENT, DEDENT and ENDMARKER, whose positions tokenize places on its own terms.

Run with CPython 3.11:  python3 language/tools/record_lexer_cases.py
"""
import io
import os
import pathlib
import subprocess
import sys
import tempfile
import tokenize

ORACLE = os.environ.get("HEAPSCOPE_ORACLE", "/work/shared/tools/cpython_oracle.py")
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/lexer/cases.txt"

PREFIXES = ["", "r", "u", "R", "U", "f", "F", "b", "B", "br", "rb", "Br", "bR", "rB", "Rb", "BR", "RB",
            "fr", "rf", "Fr", "fR", "rF", "Rf", "FR", "RF"]
INVALID_PREFIXES = ["ur", "bu", "ub", "uf", "fb", "bf", "rr", "uu"]

CASES = {
    "indent_dedent": b"if a:\n    if b:\n        x = 1\n    y = 2\nz = 3\n",
    "dedent_to_zero_at_eof": b"def f():\n    if x:\n        return 1",
    "blank_and_comment_lines": b"if a:\n\n    # comment\n      # deeper comment\n    x = 1\n",
    "implicit_joining": b"x = (1,\n     2,\n  3)\ny = [a\n  for a in b]\nz = {1:\n2}\n",
    "joining_ignores_indent": b"if a:\n    f(1,\n2,\n        3)\n    g()\n",
    "backslash_continuation": b"x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n",
    "backslash_at_eof": b"x = 1 \\\n",
    "backslash_then_text": b"x = 1 \\ 2\n",
    "numbers_underscores": b"a = 1_000_000\nb = 0x_ff_ff\nc = 0o_7_7\nd = 0b_1_0\ne = 1_0.0_1e1_0\nf = 1_0j\n",
    "numbers_radix": b"a = 0xDEADbeef\nb = 0XFF\nc = 0o17\nd = 0O17\ne = 0b1010\nf = 0B11\ng = 00\nh = 0\n",
    "numbers_float_imaginary": b"a = 1.\nb = .5\nc = 1e10\nd = 1E-5\ne = 3.14j\nf = 10J\ng = 1e3j\nh = .5e+2\n",
    "number_trailing_underscore": b"x = 1_\n",
    "number_double_underscore": b"x = 1__0\n",
    "number_leading_zero": b"x = 012\n",
    "number_bad_octal_digit": b"x = 0o8\n",
    "number_bad_binary_digit": b"x = 0b2\n",
    "number_empty_hex": b"x = 0x\n",
    "number_then_name": b"x = 1abc\n",
    "tab_after_spaces": b"if x:\n        a = 1\n\tb = 2\n",
    "tabs_consistent": b"if x:\n\tif y:\n\t\ta = 1\n\tb = 2\n",
    "tab_space_mix_inconsistent": b"if x:\n    \ta = 1\n\t    b = 2\n",
    "unindent_mismatch": b"if x:\n        a = 1\n    b = 2\n",
    "form_feed_indent": b"if x:\n\x0c    a = 1\n    b = 2\n",
    "form_feed_resets_column": b"if x:\n    \x0ca = 1\n",
    "form_feed_line": b"x = 1\n\x0c\ny = 2\n",
    "crlf_lines": b"if x:\r\n    a = 1\r\nb = (1,\r\n 2)\r\n",
    "cr_lines": b"if x:\r    a = 1\rb = 2\r",
    "crlf_in_string": b"s = '''a\r\nb'''\n",
    "no_trailing_newline": b"x = 1",
    "no_trailing_newline_comment": b"x = 1  # done",
    "empty_file": b"",
    "only_comment": b"# just a comment",
    "operators": b"a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h >>= 8; i <<= 9\n"
                 b"j &= 1; k |= 2; l ^= 3; m @= n\ndef o(p: q, *r, **s) -> t: pass\n"
                 b"(u := v != w <= x >= y == z < a > b)\nc = ~d | e & f ^ g << h >> i @ j % k // l ** m\n"
                 b"n = o[p:q, ...].r; s = {t: u}; v = w if x else -y\n",
    "unmatched_close": b"x = 1)\n",
    "mismatched_close": b"x = (1]\n",
    "unterminated_single": b"x = 'abc\n",
    "unterminated_triple": b"x = '''abc\n\n",
    "string_continuation": b"x = 'a\\\nb'\n",
    "soft_keywords_as_names": b"match = 1\ncase = 2\n_ = match + case\n",
    "match_statement": b"match x:\n    case 1:\n        pass\n    case _:\n        pass\n",
    "non_ascii_names": "\u00e9t\u00e9 = 1\n\u03c0 = 3.14\n".encode(),
    "invalid_character": "x = 1 \u20ac 2\n".encode(),
}
for prefix in PREFIXES:
    body = "{x}" if prefix.lower().startswith("f") or prefix.lower().endswith("f") else "x"
    CASES["prefix_" + (prefix or "none")] = (
        f"a = {prefix}'{body}'\nb = {prefix}\"{body}\"\nc = {prefix}'''{body}\n'''\nd = {prefix}\"\"\"{body}\"\"\"\n"
    ).encode()
for prefix in INVALID_PREFIXES:
    CASES["invalid_prefix_" + prefix] = f"a = {prefix}'x'\n".encode()


def compile_line(source):
    with tempfile.NamedTemporaryFile(suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        result = subprocess.run([sys.executable, ORACLE, "compile", path], capture_output=True, text=True)
    finally:
        os.unlink(path)
    lines = (result.stdout or result.stderr).strip().splitlines()
    return lines[-1]


def tokens(source):
    layout = {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
    # CPython's own tokenizer reads '\r\n' and a lone '\r' as '\n' (the pure-Python tokenize
    # module does not), so the source is handed to tokenize with its line ends translated.
    source = source.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    for tok in tokenize.tokenize(io.BytesIO(source).readline):
        if tok.type in (tokenize.ENCODING, tokenize.COMMENT, tokenize.NL):
            continue
        kind = tokenize.tok_name[tok.type]
        if tok.type in layout:
            yield f"token {kind}"
        else:
            yield f"token {kind} {tok.start[0]} {tok.start[1]} {tok.string.encode().hex()}"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_lexer_cases.py must run on CPython 3.11, not " + sys.version)
    out = []
    for name, source in CASES.items():
        out.append(f"case {name}")
        out.append(f"text {source!r}")
        out.append(f"source {source.hex()}")
        line = compile_line(source)
        out.append(f"compile {line}")
        if line == "ok":
            out.extend(tokens(source))
        out.append("end")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
