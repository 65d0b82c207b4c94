"""time: clocks, conversions between timestamps and calendar times, and formatting.

CPython's time is C over the C library; Heapscope's clocks and zone rules come from the
JVM through _time, and the rest is here: struct_time, gmtime (proleptic Gregorian
arithmetic), localtime and mktime (through the zone TZ names), strftime with the GNU C
library's directives in the C locale, and strptime as CPython's _strptime parses.
"""

import _time
import posix as _posix

__all__ = [
    "altzone", "asctime", "ctime", "daylight", "get_clock_info", "gmtime", "localtime",
    "mktime", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
    "process_time_ns", "sleep", "strftime", "strptime", "struct_time", "thread_time",
    "thread_time_ns", "time", "time_ns", "timezone", "tzname", "tzset",
]

time = _time.time
time_ns = _time.time_ns
sleep = _time.sleep
monotonic_ns = _time.monotonic_ns
perf_counter_ns = _time.monotonic_ns
process_time_ns = _time.process_time_ns
thread_time_ns = _time.thread_time_ns


def monotonic():
    return _time.monotonic_ns() / 1e9


def perf_counter():
    return _time.monotonic_ns() / 1e9


def process_time():
    return _time.process_time_ns() / 1e9


def thread_time():
    return _time.thread_time_ns() / 1e9


_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """A calendar time: a tuple of the nine tm_* fields (tm_year is the full year,
    tm_mon 1-12, tm_wday 0 for Monday, tm_yday 1-366), with tm_zone and tm_gmtoff as
    attributes only. gmtime, localtime and strptime return one; asctime, mktime and
    strftime take one or a plain 9-tuple."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __slots__ = ()
    __match_args__ = _FIELDS

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(values)}-sequence given)")
        if len(values) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(values)}-sequence given)")
        self = tuple.__new__(cls, values[:9])
        extra = values[9:] + (None,) * (11 - len(values))
        if extra != (None, None):
            _EXTRA[id(self)] = extra
        return self

    def __del__(self):
        _EXTRA.pop(id(self), None)

    @property
    def tm_zone(self):
        """abbreviation of timezone name"""
        return _EXTRA.get(id(self), (None, None))[0]

    @property
    def tm_gmtoff(self):
        """offset from UTC in seconds"""
        return _EXTRA.get(id(self), (None, None))[1]

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self))
        return f"time.struct_time({fields})"

    def __reduce__(self):
        return struct_time, (tuple(self), {"tm_zone": self.tm_zone, "tm_gmtoff": self.tm_gmtoff})


# A struct_time's two fields beyond the sequence, by the struct_time's id: a tuple subclass
# with __slots__ = () has no room of its own, and the fields must not appear in len() or
# iteration. Removed by __del__, so an id is never found stale.
_EXTRA = {}


def _field_property(index, doc):
    return property(lambda self: tuple.__getitem__(self, index), doc=doc)


for _i, (_name, _doc) in enumerate(zip(_FIELDS, (
        "year, for example, 1993", "month of year, range [1, 12]", "day of month, range [1, 31]",
        "hours, range [0, 23]", "minutes, range [0, 59]", "seconds, range [0, 61])",
        "day of week, range [0, 6], Monday is 0", "day of year, range [1, 366]",
        "1 if summer time is in effect, 0 if not, and -1 if unknown"))):
    setattr(struct_time, _name, _field_property(_i, _doc))
struct_time.__module__ = "time"
del _i, _name, _doc


# -- calendar arithmetic (proleptic Gregorian, days counted from 1970-01-01) -------------

def _days_from_civil(year, month, day):
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(days):
    days += 719468
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (month <= 2), month, day


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _weekday(year, month, day):
    """Monday is 0, as tm_wday."""
    return (_days_from_civil(year, month, day) + 3) % 7


def _yday(year, month, day):
    return _days_from_civil(year, month, day) - _days_from_civil(year, 1, 1) + 1


def _seconds(secs, name):
    """A timestamp argument as whole seconds, rounded towards minus infinity, as CPython's."""
    if secs is None:
        return int(_time.time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if hasattr(type(secs), "__index__") or isinstance(secs, int):
        return secs.__index__()
    if hasattr(type(secs), "__float__"):
        return _seconds(float(secs), name)
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a. GMT)."""
    secs = _seconds(seconds, "gmtime")
    if not -67768040609740800 <= secs <= 67768036191676799:
        raise OverflowError("timestamp out of range for platform time_t")
    days, rem = divmod(secs, 86400)
    year, month, day = _civil_from_days(days)
    return struct_time((year, month, day, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7,
                        _yday(year, month, day), 0, "GMT", 0))


def _tz():
    return _posix.environ.get("TZ")


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_time.local_fields(_seconds(seconds, "localtime"), _tz()))


def _tm_argument(t, func):
    if isinstance(t, struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    elif isinstance(t, tuple):
        zone = gmtoff = None
    else:
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{func}(): illegal time tuple argument")
    values = []
    for v in t:
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        values.append(v.__index__() if not isinstance(v, int) else int(v))
    return values, zone, gmtoff


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    (year, mon, mday, hour, minute, sec, wday, yday, isdst), _, _ = _tm_argument(t, "mktime")
    return float(_time.local_mktime(year, mon, mday, hour, minute, sec, isdst, _tz()))


def _checked(t, func):
    """gettmarg and checktm of timemodule.c: CPython's range checks, with 0 allowed for the
    month, day and day of year (taken as their first)."""
    values, zone, gmtoff = _tm_argument(t, func)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = values
    mon = mon or 1
    mday = mday or 1
    yday = yday or 1
    if not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    # The C library's tm_wday (Sunday is 0) is (tm_wday + 1) % 7 with C's remainder, so
    # only values below -1 are out of range.
    if wday + 1 < 0 and (-(wday + 1)) % 7 != 0:
        raise ValueError("day of week out of range")
    wday %= 7
    if not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    isdst = max(-1, min(1, isdst))
    return [year, mon, mday, hour, minute, sec, wday, yday, isdst], zone, gmtoff


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    (year, mon, mday, hour, minute, sec, wday, _, _), _, _ = _checked(t, "asctime")
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAYS[wday][:3], _MONTHS[mon - 1][:3], mday, hour, minute,
                                          sec, year)


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def _iso_week_days(yday, cwday):
    """Days since the Monday of ISO week 1 (yday 0-based, cwday Sunday=0), computed as the
    C library does from the tm_yday and tm_wday given, not from the date."""
    return yday - (yday - cwday + 4 + 378) % 7 + 3


def _iso(year, yday, cwday):
    days = _iso_week_days(yday, cwday)
    if days < 0:
        year -= 1
        days = _iso_week_days(yday + (366 if _is_leap(year) else 365), cwday)
    else:
        following = _iso_week_days(yday - (366 if _is_leap(year) else 365), cwday)
        if following >= 0:
            year += 1
            days = following
    return year, days // 7 + 1


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    values, zone, gmtoff = _checked(t, "strftime")
    if "\0" in format:
        raise ValueError("embedded null character")
    return _format(format, values, zone, gmtoff)


def _zone_name(isdst, zone):
    if zone is not None:
        return zone
    if isdst < 0:
        return ""
    return tzname[isdst]


def _format(format, values, zone, gmtoff):
    year, mon, mday, hour, minute, sec, wday, yday, isdst = values
    cwday = (wday + 1) % 7          # the C library's tm_wday: Sunday is 0
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        flags = ""
        while i < n and format[i] in "-_0^#":
            flags += format[i]
            i += 1
        width = ""
        while i < n and format[i].isdigit():
            width += format[i]
            i += 1
        if i < n and format[i] in "EO":
            i += 1
        if i >= n:
            out.append(format[start:])
            break
        d = format[i]
        i += 1
        pad = "0"
        digits = None       # (number, default width) for numeric directives
        text = None
        if d == "a":
            text = _DAYS[wday][:3]
        elif d == "A":
            text = _DAYS[wday]
        elif d in "bh":
            text = _MONTHS[mon - 1][:3]
        elif d == "B":
            text = _MONTHS[mon - 1]
        elif d == "c":
            text = _format("%a %b %e %H:%M:%S %Y", values, zone, gmtoff)
        elif d == "C":
            digits = (year // 100, 1)
        elif d == "d":
            digits = (mday, 2)
        elif d == "D":
            text = _format("%m/%d/%y", values, zone, gmtoff)
        elif d == "e":
            digits, pad = (mday, 2), " "
        elif d == "F":
            text = _format("%Y-%m-%d", values, zone, gmtoff)
        elif d in "GgV":
            iso_year, week = _iso(year, yday - 1, cwday)
            digits = {"G": (iso_year, 1), "g": (iso_year % 100, 2), "V": (week, 2)}[d]
        elif d == "H":
            digits = (hour, 2)
        elif d == "I":
            digits = ((hour % 12) or 12, 2)
        elif d == "j":
            digits = (yday, 3)
        elif d == "k":
            digits, pad = (hour, 2), " "
        elif d == "l":
            digits, pad = ((hour % 12) or 12, 2), " "
        elif d == "m":
            digits = (mon, 2)
        elif d == "M":
            digits = (minute, 2)
        elif d == "n":
            text = "\n"
        elif d == "p":
            text = "PM" if hour >= 12 else "AM"
        elif d == "P":
            text = "pm" if hour >= 12 else "am"
        elif d == "r":
            text = _format("%I:%M:%S %p", values, zone, gmtoff)
        elif d == "R":
            text = _format("%H:%M", values, zone, gmtoff)
        elif d == "s":
            digits = (_time.local_mktime(year, mon, mday, hour, minute, sec, isdst, _tz()), 1)
        elif d == "S":
            digits = (sec, 2)
        elif d == "t":
            text = "\t"
        elif d == "T":
            text = _format("%H:%M:%S", values, zone, gmtoff)
        elif d == "u":
            digits = (wday + 1, 1)
        elif d == "U":
            digits = ((yday - 1 + 7 - cwday) // 7, 2)
        elif d == "w":
            digits = (cwday, 1)
        elif d == "W":
            digits = ((yday - 1 + 7 - wday) // 7, 2)
        elif d == "x":
            text = _format("%m/%d/%y", values, zone, gmtoff)
        elif d == "X":
            text = _format("%H:%M:%S", values, zone, gmtoff)
        elif d == "y":
            digits = (year % 100, 2)
        elif d == "Y":
            digits = (year, 1)
        elif d == "z":
            if isdst < 0:
                out.append("")
                continue
            off = gmtoff or 0
            sign = "-" if off < 0 else "+"
            off = abs(off) // 60
            text = "%s%02d%02d" % (sign, off // 60, off % 60)
        elif d == "Z":
            text = _zone_name(isdst, zone)
        elif d == "%":
            text = "%"
        else:
            out.append(format[start:i])
            continue
        if digits is not None:
            number, default = digits
            if "-" in flags:
                text = str(number)
            else:
                if "_" in flags:
                    pad = " "
                elif "0" in flags:
                    pad = "0"
                w = int(width) if width else default
                sign = "-" if number < 0 else ""
                body = str(abs(number))
                if pad == "0":
                    text = sign + body.rjust(w - len(sign), "0")
                else:
                    text = (sign + body).rjust(w)
        else:
            if "^" in flags:
                text = text.upper()
            elif "#" in flags:
                text = text.swapcase() if d in "aAbBhZ" else text
            if width:
                text = text.rjust(int(width), "0" if "0" in flags else " ")
        out.append(text)
    return "".join(out)


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of TZ."""
    global timezone, altzone, daylight, tzname
    year = _time.local_fields(int(_time.time()), _tz())[0]
    timezone, altzone, daylight, std, dst = _time.zone_info(_tz(), year)
    tzname = (std, dst)


tzset()


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return (f"namespace(implementation={self.implementation!r}, monotonic={self.monotonic!r}, "
                f"adjustable={self.adjustable!r}, resolution={self.resolution!r})")


def get_clock_info(name):
    """Get information of the specified clock."""
    clocks = {
        "time": ("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09),
        "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, 1e-09),
        "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False, 1e-09),
    }
    if name not in clocks:
        raise ValueError("unknown clock")
    return _ClockInfo(*clocks[name])


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(data_string, format)
