# time.strftime with the C library's directives, on fixed dates.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()
dates = [time.gmtime(0), time.gmtime(1000000000), time.gmtime(1709210096), (2021, 1, 3, 23, 59, 60, 6, 3, 0),
         (2020, 12, 31, 12, 0, 0, 3, 366, 0), (5, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, 0, 0, -5)]
directives = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
for t in dates:
    print(time.strftime("%Y-%m-%d %H:%M:%S", t))
    for d in directives:
        print(f"  %{d} -> {time.strftime('%' + d, t)!r}")
t = time.gmtime(1000000000)
print(repr(time.strftime("", t)))
print(repr(time.strftime("plain text, 100%% sure", t)))
print(repr(time.strftime("%q %E %O %", t)))
print(repr(time.strftime("%-d %-m %_d %05Y %^a %^B %#Z %10A %-H %Ey %Od", t)))
print(repr(time.strftime("%A, %d. %B %Y %I:%M%p é ü", t)))
print(repr(time.strftime("%Z %z", (2020, 7, 1, 0, 0, 0, 0, 1, -1))))
print(repr(time.strftime("%Z %z", time.struct_time((2020, 7, 1, 0, 0, 0, 0, 1, 0, "ABC", -5400)))))
for bad in [(2020, 1, 1, 0, 0, 0, 0, 1), "x"]:
    try:
        time.strftime("%Y", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.strftime(b"%Y", t)
except TypeError as e:
    print("TypeError:", e)
try:
    time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 400, 0))
except ValueError as e:
    print("ValueError:", e)
print(isinstance(time.strftime("%Y"), str), time.strftime("%Y") == time.strftime("%Y", time.localtime()))
