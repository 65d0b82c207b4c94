import functools
import time

def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        a = ", ".join([repr(x) for x in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"calling {func.__name__}({a})")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError("gave up")
        return wrapper
    return deco

@log_calls
def add(a, b=0):
    """Adds."""
    return a + b

add(1, b=2)
print(add.__name__, add.__doc__, repr(add.__wrapped__).split(' at ')[0])

calls = 0
@retry(3)
def flaky():
    global calls
    calls += 1
    if calls < 3:
        raise ValueError(f"bad {calls}")
    return "ok"
print(flaky())

@retry(2)
def always():
    raise ValueError("no")
try:
    always()
except RuntimeError as e:
    print(repr(e), e.__context__)

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.count = 0
    def __call__(self, *a, **k):
        self.count += 1
        return self.func(*a, **k)

@CountCalls
def hello(n):
    return "hi " * n
print(hello(2), hello(1), hello.count, hello.__name__)

def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1) is Config(2), Config(3).v)

def timer(func):
    def w(*a):
        t = time.perf_counter(); r = func(*a); dt = time.perf_counter() - t
        print(func.__qualname__, "took", "fast" if dt < 5 else "slow")
        return r
    return w
class K:
    @timer
    def m(self): return 42
    @property
    def p(self): return "prop"
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
print(K().m(), K().p, K.s(), K.c(), repr(K.__dict__['s']).split(' at ')[0], repr(K.__dict__['c']).split(' at ')[0])
print(repr(add).split(' at ')[0])
