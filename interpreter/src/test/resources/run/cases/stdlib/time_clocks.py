# The clocks: types, units and ordering (never a duration).
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    f = getattr(time, name)
    ns = getattr(time, name + "_ns")
    a = ns()
    b = f()
    c = ns()
    print(name, type(b).__name__, type(a).__name__, a <= c, abs(b - a / 1e9) < 60)
    info = time.get_clock_info(name)
    print("  ", info.monotonic, info.adjustable)
m1 = time.monotonic_ns()
time.sleep(0.01)
print(time.monotonic_ns() - m1 >= 10_000_000)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.gmtime().tm_year >= 2024, time.localtime()[0] >= 2024)
for bad in (-1, float("nan")):
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError:", e)
