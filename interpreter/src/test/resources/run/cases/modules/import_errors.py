# CPython's import errors: ModuleNotFoundError with its name, a module that is not a
# package, a name missing from a module, relative imports without a package.
import sys

here = __file__.rsplit("/", 1)[0]


def show(e):
    print(type(e).__name__, "|", str(e).replace(here, "."), "|", e.name)


for stmt in ["import no_such_module", "import shapes.nope", "import shapes.circle.deeper",
             "from shapes import nope", "from shapes.circle import nope",
             "import no_such_pkg.sub", "from no_such_pkg import x", "from . import x",
             "from .shapes import circle"]:
    try:
        exec(stmt)
    except ImportError as e:
        show(e)
print(issubclass(ModuleNotFoundError, ImportError))
print("shapes.nope" in sys.modules, "no_such_module" in sys.modules)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    show(e)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
import no_such_module_at_all
