# os on the file system: mkdir/makedirs, listdir, scandir, walk (top-down and bottom-up),
# stat, exists/isfile/isdir/getsize, rename, remove, rmdir, and the errors they raise.
import os

base = "os_files_scratch"
here = os.getcwd()
print(os.path.abspath(base) == os.path.join(here, base), os.path.isabs(here))
try:
    os.makedirs(os.path.join(base, "a", "b"))
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    os.mkdir(os.path.join(base, "c"))
    for name, text in [("a/one.txt", "1"), ("a/b/two.txt", "22"), ("top.txt", "333"), ("c/three.py", "")]:
        with open(os.path.join(base, name), "w") as f:
            f.write(text)
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
    with os.scandir(base) as entries:
        print(sorted((e.name, e.is_dir(), e.is_file()) for e in entries))
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        print(dirpath, dirnames, sorted(filenames))
    print([(d, sorted(f)) for d, _, f in os.walk(base, topdown=False) if d.endswith(("a", "b"))])
    st = os.stat(os.path.join(base, "top.txt"))
    print(st.st_size, os.path.getsize(os.path.join(base, "a/b/two.txt")), st[6], len(st))
    print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.exists(base + "/nope"))
    os.rename(os.path.join(base, "top.txt"), os.path.join(base, "moved.txt"))
    print(sorted(os.listdir(base)))
    for bad in [lambda: os.mkdir(base), lambda: os.listdir(base + "/nope"), lambda: os.remove(base + "/nope"),
                lambda: os.rmdir(base + "/a"), lambda: os.makedirs(base), lambda: os.stat(base + "/nope"),
                lambda: os.remove(base + "/c")]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, str(e).replace(here, "."))
finally:
    for dirpath, dirnames, filenames in os.walk(base, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)
print(os.path.exists(base), isinstance(os.getpid(), int), len(os.urandom(8)), os.cpu_count() > 0)
try:
    os.stat("no_such_file_for_heapscope")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
try:
    open("no_such_file_for_heapscope")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
