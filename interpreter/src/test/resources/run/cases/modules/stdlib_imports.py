# The standard-library modules Heapscope ships import under their names; a module
# outside the set raises ModuleNotFoundError with CPython's message.
import importlib
import sys

for name in ["sys", "builtins", "math", "time", "random", "itertools", "functools", "operator",
             "collections", "copy", "string", "contextlib", "heapq", "bisect", "json",
             "json.decoder", "json.encoder", "io", "os", "os.path", "importlib", "gc", "weakref",
             "keyword", "inspect"]:
    module = importlib.import_module(name)
    print(name, module.__name__, name in sys.modules)
import os
import os.path as osp
import json.decoder
print(osp is sys.modules["os.path"], osp.__name__, json.decoder.JSONDecodeError.__module__)
print(type(json).__name__, hasattr(json, "__path__"), hasattr(os, "__path__"))
for missing in ["definitely_not_a_module", "json.nope"]:
    try:
        importlib.import_module(missing)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
