#!/usr/bin/env python3
"""Records CPython 3.11's view of string and number literals for Heapscope's literal tests.

Input:  language/src/test/resources/literals/snippets.txt, Python snippets separated by
        lines '#---'. Each snippet holds one string atom (one or more STRING tokens), or
        none; the snippet's NUMBER tokens are recorded too.
Output: language/src/test/resources/literals/cases.txt, one block per snippet with an atom:
          case <snippet number>
          src <JSON string: the snippet>
          tok <lineno> <col> <end_lineno> <end_col> <JSON string: token text>   (the atom's STRING tokens)
          next <lineno> <col> <end_lineno> <end_col>                           (the token after the atom)
          warn <lineno> <message>          (each DeprecationWarning compile() issued, in order)
          ast <ast.dump(node, include_attributes=True) of the atom's node>   or
          error <the line `cpython_oracle.py compile` prints>
        and language/src/test/resources/literals/numbers.txt, one line per NUMBER token:
          <JSON string: token text> TAB <repr of its value>   or
          <JSON string: token text> TAB error <message of the SyntaxError CPython raises for it>
Columns are UTF-8 byte offsets, as CPython's AST has them. The token after the atom is
where CPython 3.11 locates errors raised while it joins the atom's strings; at the end of
a line it is the NEWLINE token, which CPython's tokenizer makes zero-width, or makes cover
the comment before it.

Re-run:  python3 language/tools/record_literal_cases.py [SNIPPETS CASES NUMBERS]
(the optional paths replace the three files above, e.g. for a throw-away fuzzing corpus
that LiteralCasesTest reads with -Dheapscope.literalCases=CASES)
"""
import ast
import io
import json
import os
import sys
import tokenize
import warnings

if sys.version_info[:2] != (3, 11):
    raise SystemExit("run with CPython 3.11")
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "literals")


def byte_col(lines, row, col):
    return len(lines[row - 1][:col].encode("utf-8")) if row <= len(lines) else 0


def record(src, out, numbers):
    lines = src.splitlines(keepends=True)
    all_toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    toks = [t for t in all_toks if t.type not in (tokenize.NL, tokenize.COMMENT)]
    for t in toks:
        if t.type == tokenize.NUMBER:
            try:
                numbers.append(f"{json.dumps(t.string)}\t{ast.literal_eval(t.string)!r}")
            except SyntaxError as e:
                numbers.append(f"{json.dumps(t.string)}\terror {e.msg}")
    first = next((i for i, t in enumerate(toks) if t.type == tokenize.STRING), None)
    if first is None:
        return
    after = first
    while toks[after].type == tokenize.STRING:
        after += 1
    atom = toks[first:after]
    for t in atom:
        out.append(f"tok {t.start[0]} {byte_col(lines, *t.start)} {t.end[0]} {byte_col(lines, *t.end)} "
                   f"{json.dumps(t.string)}")
    nxt = toks[after]
    start = byte_col(lines, *nxt.start)
    before = all_toks[all_toks.index(nxt) - 1]
    if nxt.type == tokenize.NEWLINE and before.type == tokenize.COMMENT:
        # CPython's NEWLINE token covers the comment that precedes it.
        out.append(f"next {before.start[0]} {byte_col(lines, *before.start)} {before.end[0]} "
                   f"{byte_col(lines, *before.end)}")
    elif nxt.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
        out.append(f"next {nxt.start[0]} {start} {nxt.start[0]} {start}")
    else:
        out.append(f"next {nxt.start[0]} {start} {nxt.end[0]} {byte_col(lines, *nxt.end)}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src.encode("utf-8"), "snippet.py", "exec")
            error = None
        except SyntaxError as e:
            error = e
    out.extend(f"warn {w.lineno} {w.message}" for w in caught)
    if error is not None:
        out.append(f"error {type(error).__name__}: {error.msg} (line {error.lineno}, offset {error.offset}, "
                   f"end {error.end_lineno}:{error.end_offset})")
        return
    line, col = atom[0].start[0], byte_col(lines, *atom[0].start)
    node = next(n for n in ast.walk(ast.parse(src)) if isinstance(n, (ast.Constant, ast.JoinedStr))
                and (n.lineno, n.col_offset) == (line, col))
    out.append("ast " + ast.dump(node, include_attributes=True))


def main(argv):
    warnings.simplefilter("ignore")
    snippets_path, cases_path, numbers_path = argv[1:4] if len(argv) == 4 else (
        os.path.join(here, name) for name in ("snippets.txt", "cases.txt", "numbers.txt"))
    with open(snippets_path, encoding="utf-8") as f:
        snippets = [s.strip("\n") + "\n" for s in f.read().split("\n#---\n") if s.strip()]
    out, numbers = [], []
    for i, src in enumerate(snippets, 1):
        block = [f"case {i}", f"src {json.dumps(src)}"]
        record(src, block, numbers)
        if len(block) > 2:
            out += block
    with open(cases_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(numbers_path, "w", encoding="utf-8") as f:
        f.write("\n".join(numbers) + "\n")
    print(len(snippets), "snippets,", len(numbers), "numbers")


if __name__ == "__main__":
    main(sys.argv)
