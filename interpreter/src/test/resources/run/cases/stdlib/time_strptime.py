# time.strptime: directives, defaults, and the errors of CPython's _strptime.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()
cases = [
    ("2021", "%Y"),
    ("2021-03-04", "%Y-%m-%d"),
    ("04/03/21 17:05:09", "%d/%m/%y %H:%M:%S"),
    ("1 2 70", "%d %m %y"),
    ("Mon Jan  4 10:00:00 2021", None),
    ("Thursday, 29 February 2024", "%A, %d %B %Y"),
    ("thu 29 feb 2024", "%a %d %b %Y"),
    ("12 AM", "%I %p"),
    ("12 pm", "%I %p"),
    ("7 PM", "%I %p"),
    ("100 2021", "%j %Y"),
    ("10 2021 3", "%U %Y %w"),
    ("10 2021 3", "%W %Y %w"),
    ("0 2022 0", "%U %Y %w"),
    ("2021-W01-1", "%G-W%V-%u"),
    ("12:30:45.123", "%H:%M:%S.%f"),
    ("2021 +0130", "%Y %z"),
    ("2021 -05:00", "%Y %z"),
    ("2021 Z", "%Y %z"),
    ("2021 UTC", "%Y %Z"),
    ("2021 gmt", "%Y %Z"),
    ("29 2", "%d %m"),
    ("Sun Sep  9 01:46:40 2001", "%c"),
    ("09/09/01", "%x"),
    ("01:46:40", "%X"),
    ("10%", "%d%%"),
    ("  2021   5 ", " %Y %m "),
    ("(2021)", "(%Y)"),
]
for data, fmt in cases:
    t = time.strptime(data) if fmt is None else time.strptime(data, fmt)
    print(repr(data), repr(fmt), t, t.tm_zone, t.tm_gmtoff)

errors = [
    ("2021-13", "%Y-%m"),
    ("2021x", "%Y"),
    ("x2021", "%Y"),
    (5, "%Y"),
    ("5", 5),
    ("5", "%q"),
    ("5", "%"),
    ("30 2 2021", "%d %m %Y"),
    ("2021", "%G"),
    ("1", "%V"),
    ("2021 1 1", "%Y %V %u"),
    ("", "%Y"),
]
for data, fmt in errors:
    try:
        print(time.strptime(data, fmt))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
