def f():
    import os.path
    from sys import argv as a
    return os, a
