"""time.strptime's parser, in the C locale.

Each directive of the format becomes a named group of one regular expression (the same
groups, alternatives and order as CPython 3.11's _strptime, so the same strings match and
the same errors are raised); the groups found are then combined into a struct_time.
"""

import re
import time

_DAYS = [d.lower() for d in time._DAYS]
_MONTHS = [m.lower() for m in time._MONTHS]

_DIRECTIVES = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "%": "%",
}


def _alternatives(names, group):
    """A group matching any of the names, longest first so that a prefix never wins."""
    names = sorted(names, key=len, reverse=True)
    return "(?P<%s>%s)" % (group, "|".join(re.escape(n) for n in names))


def _zone_names():
    return {"utc", "gmt", time.tzname[0].lower(), time.tzname[1].lower()}


def _directive(letter):
    if letter in _DIRECTIVES:
        return _DIRECTIVES[letter]
    if letter == "A":
        return _alternatives(_DAYS, "A")
    if letter == "a":
        return _alternatives([d[:3] for d in _DAYS], "a")
    if letter == "B":
        return _alternatives(_MONTHS, "B")
    if letter == "b":
        return _alternatives([m[:3] for m in _MONTHS], "b")
    if letter == "p":
        return "(?P<p>am|pm)"
    if letter == "Z":
        return _alternatives(_zone_names(), "Z")
    if letter == "c":
        return _pattern("%a %b %d %H:%M:%S %Y")
    if letter == "x":
        return _pattern("%m/%d/%y")
    if letter == "X":
        return _pattern("%H:%M:%S")
    raise KeyError(letter)


def _pattern(format):
    format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
    format = re.sub(r"\s+", r"\\s+", format)
    parts = []
    while "%" in format:
        i = format.index("%")
        parts.append(format[:i])
        parts.append(_directive(format[i + 1]))
        format = format[i + 2:]
    parts.append(format)
    return "".join(parts)


def _julian_from_week(year, week, weekday, week_starts_monday):
    first = time._weekday(year, 1, 1)
    if not week_starts_monday:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0 = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0 + 7 * (week - 1) + weekday


def _days_in_month(year, month):
    if month == 2:
        return 29 if time._is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _strptime_time(data_string, format):
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    try:
        regex = _pattern(format)
    except KeyError as err:
        bad = err.args[0]
        if bad == "\\":
            bad = "%"
        raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
    except IndexError:
        raise ValueError("stray %% in format '%s'" % format) from None
    found = re.compile(regex, re.IGNORECASE).match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = None
    month = day = 1
    hour = minute = second = 0
    tz = -1
    gmtoff = None
    week = week_start = -1
    weekday = julian = iso_year = iso_week = None
    values = found.groupdict()
    for key, value in values.items():
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _MONTHS.index(value.lower()) + 1
        elif key == "b":
            month = [m[:3] for m in _MONTHS].index(value.lower()) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (values.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "A":
            weekday = _DAYS.index(value.lower())
        elif key == "a":
            weekday = [d[:3] for d in _DAYS].index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week = int(value)
            week_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            if value == "Z":
                gmtoff = 0
            else:
                if value[3] == ":":
                    value = value[:3] + value[4:]
                    if len(value) > 5:
                        if value[5] != ":":
                            raise ValueError(f"Inconsistent use of : in {values['z']}")
                        value = value[:5] + value[6:]
                hours, minutes = int(value[1:3]), int(value[3:5])
                seconds = int(value[5:7] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                if value.startswith("-"):
                    gmtoff = -gmtoff
        elif key == "Z":
            zone = value.lower()
            for index, names in enumerate(time.tzname):
                if zone == names.lower():
                    if time.tzname[0] == time.tzname[1] and time.daylight and zone not in ("utc", "gmt"):
                        break
                    tz = index
                    break
            if zone in ("utc", "gmt"):
                tz = 0

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week == -1 and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week != -1:
            julian = _julian_from_week(year, week, weekday, week_start == 0)
        elif iso_year is not None and iso_week is not None:
            jan4 = time._days_from_civil(iso_year, 1, 4)
            monday1 = jan4 - (jan4 + 3) % 7
            ordinal = monday1 + 7 * (iso_week - 1) + weekday
            year, month, day = time._civil_from_days(ordinal)
            julian = ordinal - time._days_from_civil(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if time._is_leap(year) else 365

    if julian is None:
        if not 1 <= day <= _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        julian = time._yday(year, month, day)
    else:
        ordinal = time._days_from_civil(year, 1, 1) + julian - 1
        year, month, day = time._civil_from_days(ordinal)
    if weekday is None:
        weekday = time._weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return time.struct_time((year, month, day, hour, minute, second, weekday, julian, tz,
                             values.get("Z"), gmtoff))
