# os.path (posixpath) on strings: join, split, splitext, basename, dirname, normpath,
# relpath, commonprefix, commonpath, isabs, expanduser/expandvars on set variables.
import os
import os.path
from os import path as p2

print(os.path is p2, os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.pathsep, os.extsep)
for parts in [("a", "b", "c"), ("/a", "b"), ("a", "/b", "c"), ("a/", "b"), ("", "x"), ("a", ""), ("/",)]:
    print(parts, os.path.join(*parts))
for s in ["/usr/lib/python3.11/os.py", "file.tar.gz", ".bashrc", "a/b/", "/", "//x", "noext", "a.b/c",
          "..", "dir/.hidden", "x...y", ""]:
    print(repr(s), os.path.split(s), os.path.splitext(s), repr(os.path.basename(s)), repr(os.path.dirname(s)))
for s in ["a//b/./c/../d", "/../x", "./", "", "//a//b", "///a", "a/../..", "../a/../../b", "/a/b/../../.."]:
    print(repr(s), repr(os.path.normpath(s)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), os.path.commonprefix([]))
print(os.path.commonpath(["/usr/lib", "/usr/local/x"]), os.path.commonpath(["a/b", "a/c"]))
os.environ["HEAPSCOPE_CASE_VAR"] = "value"
print(os.path.expandvars("$HEAPSCOPE_CASE_VAR/${HEAPSCOPE_CASE_VAR}/$NOT_SET_HEAPSCOPE/$"))
print(os.getenv("HEAPSCOPE_CASE_VAR"), os.getenv("NOT_SET_HEAPSCOPE"), os.getenv("NOT_SET_HEAPSCOPE", "dflt"))
print("HEAPSCOPE_CASE_VAR" in os.environ, os.environ.get("NOT_SET_HEAPSCOPE", 0))
del os.environ["HEAPSCOPE_CASE_VAR"]
print("HEAPSCOPE_CASE_VAR" in os.environ, os.path.expanduser("no/tilde"))
for bad in [lambda: os.path.join("a", 5), lambda: os.environ["NOT_SET_HEAPSCOPE"], lambda: os.path.commonpath(["/a", "b"]),
            lambda: os.environ.__setitem__("K", 1)]:
    try:
        bad()
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
