# add_note (new in 3.11) shows notes under the exception line.
def convert(s):
    try:
        return float(s)
    except ValueError as e:
        e.add_note(f"while converting field {s!r}")
        e.add_note("check the input file")
        raise
convert("1.5")
convert("one")
