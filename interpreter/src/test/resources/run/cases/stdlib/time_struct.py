# time.gmtime, localtime, mktime, asctime, ctime and struct_time, at fixed timestamps.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)

for secs in (0, 1, -1, 86399, 86400, 951782400, 1000000000, 1234567890.75, -1.5, 2**31, 4102444800):
    t = time.gmtime(secs)
    print(secs, t)
    print("  ", t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday,
          t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
    print("  ", time.asctime(t), "|", time.ctime(secs), "|", time.mktime(t), time.localtime(secs) == t)

t = time.gmtime(1700000000)
print(len(t), t[0], t[-1], t[2:5], list(t), tuple(t))
print(type(t).__name__, type(t).__module__, isinstance(t, tuple))
print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(t == tuple(t), hash(t) == hash(tuple(t)))
year, mon, *rest = t
print(year, mon, rest)
match t:
    case time.struct_time(tm_year=2023, tm_mon=m):
        print("matched month", m)

s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0, "XYZ", 3600))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.mktime((2020, 2, 29, 12, 30, 45, 0, 0, 0)))
print(time.mktime((2020, 1, 32, 0, 0, 0, 0, 0, -1)))  # out-of-range days are normalised
print(time.mktime((2020, 13, 1, 0, 0, 0, 0, 0, 0)))
print(time.asctime((2024, 12, 25, 7, 5, 3, 2, 360, 0)))
print(time.asctime((999, 1, 1, 0, 0, 0, 0, 1, 0)))

for bad in [(1, 2, 3), "2020", [2020, 1, 1, 0, 0, 0, 0, 1, 0], (2020, 1, 1, 0, 0, 0.5, 0, 1, 0)]:
    for fn in (time.mktime, time.asctime):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.asctime(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (float("nan"), float("inf"), "x"):
    try:
        time.gmtime(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in [(1,), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)

os.environ["TZ"] = "Europe/Paris"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
for secs in (0, 1593561600, 1603587600, 1603591200):
    t = time.localtime(secs)
    print(t, t.tm_zone, t.tm_gmtoff, time.mktime(t), time.ctime(secs))
os.environ["TZ"] = "America/New_York"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
t = time.localtime(1700000000)
print(t, t.tm_zone, t.tm_gmtoff, time.mktime(t))
os.environ["TZ"] = "JST-9"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
print(time.localtime(0), time.localtime(0).tm_zone)
