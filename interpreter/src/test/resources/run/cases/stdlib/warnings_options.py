# warnings: -W style option strings (what PYTHONWARNINGS and -W take) through
# warnings._setoption, and the errors for bad ones.
import sys
import warnings

print(sys.warnoptions)
with warnings.catch_warnings():
    for opt in ["ignore", "error::RuntimeWarning", "always:spam:UserWarning:mod:3", "d",
                "i::DeprecationWarning", "all", "module::Warning", "once:::",
                "default:text.with.dots", " error : msg : UserWarning : m.n : 7 "]:
        warnings.resetwarnings()
        warnings._setoption(opt)
        f = warnings.filters[0]
        print(repr(opt), "->", f[0], f[1] and f[1].pattern, f[2].__name__, f[3] and f[3].pattern, f[4])
    for opt in ["bogus", "ignore::NoSuchWarning", "ignore::int", "ignore:::::extra",
                "ignore::nosuchmodule.Warning", "ignore::::-1", "ignore::::x",
                "ignore::builtins.SyntaxWarning"]:
        try:
            warnings._setoption(opt)
            print(repr(opt), "accepted", warnings.filters[0][2].__name__)
        except warnings._OptionError as e:
            print(repr(opt), "_OptionError:", e)
    warnings.resetwarnings()
    warnings._processoptions(["error::UserWarning", "nonsense"])
    print(warnings.filters[0][0], warnings.filters[0][2].__name__)
print(warnings._OptionError.__mro__[1].__name__)
