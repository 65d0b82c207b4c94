# linecache over real files: coding cookies, byte-order marks, universal newlines, undecodable
# source, checkcache after changes, lazy entries from a loader, relative names along sys.path.
import linecache, os, sys
d = "/tmp/heapscope-case-linecache_files"; os.makedirs(d, exist_ok=True)
p = os.path.join(d, "m.py")
with open(p, "wb") as f:
    f.write("# -*- coding: latin-1 -*-\nx = 'caf\xe9'\ny = 2".encode("latin-1"))
print(linecache.getline(p, 2), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 4)), linecache.getline(p, 0) == "")
e = linecache.cache[p]
print(e[0], e[2], e[3] == p, type(e[1]).__name__)
with open(p, "w") as f:
    f.write("changed\n")
linecache.checkcache(p)
print(p in linecache.cache, linecache.getlines(p))
print(linecache.getlines("<stdin>"), linecache.getlines("no/such/file.py"), linecache.lazycache("<x>", {}))
class L:
    def get_source(self, name):
        return "a\nb"
print(linecache.lazycache("/virtual/mod.py", {"__name__": "mod", "__loader__": L()}), len(linecache.cache["/virtual/mod.py"]))
print(linecache.lazycache("/virtual/mod.py", {"__name__": "mod", "__loader__": L()}))
print(linecache.getlines("/virtual/mod.py"), linecache.cache["/virtual/mod.py"][:2])
linecache.checkcache()
print("/virtual/mod.py" in linecache.cache)
os.remove(p); linecache.checkcache(); print(p in linecache.cache)
with open(p, "wb") as f:
    f.write(b"\xef\xbb\xbfz = 1\r\nw = 2")
linecache.clearcache(); print(linecache.getlines(p))
sys.path.insert(0, d)
print(linecache.getlines("m.py")[0], linecache.cache["m.py"][3] == p)
linecache.clearcache(); print(linecache.cache)
with open(p, "wb") as f:
    f.write(b"a = 1\rb = '\x0c'\r\n\nc = 3\n")
linecache.clearcache(); print(linecache.getlines(p))
class L2:
    def get_source(self, name):
        return "a\r\nb\x0cc\n\nd"
linecache.lazycache("/virtual/two.py", {"__name__": "two", "__loader__": L2()})
print(linecache.getlines("/virtual/two.py"))
with open(p, "wb") as f:
    f.write(b"a = '\xff'\n")
linecache.clearcache(); print(linecache.getlines(p))
with open(p, "wb") as f:
    f.write(b"# coding: no-such-codec\nx = 1\n")
linecache.clearcache(); print(linecache.getlines(p))
with open(p, "wb") as f:
    f.write(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")
linecache.clearcache(); print(linecache.getlines(p))
os.remove(p); os.rmdir(d)
