# Values computed in try/except/else/finally and what each sees.
def parse_all(items):
    out = []
    for s in items:
        try:
            v = int(s)
        except ValueError as e:
            out.append(f"bad({s})")
            continue
        except TypeError:
            out.append("not a string")
            continue
        else:
            out.append(v * 2)
        finally:
            out.append("|")
    return out
print(parse_all(["1", "x", None, "20"]))
def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return float("inf")
    else:
        return round(result, 3)
    finally:
        print(f"  safe_div({a}, {b})")
print(safe_div(1, 3), safe_div(1, 0))
log = []
def retry(attempts):
    for n in range(1, attempts + 1):
        try:
            if n < 3:
                raise ConnectionError(f"attempt {n}")
            return f"succeeded on {n}"
        except ConnectionError as e:
            log.append(str(e))
    return "gave up"
print(retry(5), retry(2), log)
