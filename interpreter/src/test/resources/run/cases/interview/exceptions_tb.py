def validate(age):
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
def process(records):
    out = []
    for r in records:
        try:
            out.append(validate(r["age"]))
        except KeyError as e:
            raise LookupError("bad record") from e
        except ValueError:
            out.append(None)
            raise RuntimeError("invalid") 
    return out
try:
    process([{"age": 1}, {}])
except LookupError as e:
    print("caught", e, "cause", repr(e.__cause__))
process([{"age": 3}, {"age": -1}])
