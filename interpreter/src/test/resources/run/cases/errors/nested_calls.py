# A traceback through several frames, each line with its carets.
def parse(record):
    return int(record["value"])
def load(records):
    return [parse(r) for r in records]
def main():
    data = [{"value": "1"}, {"value": "two"}]
    print("loading", len(data), "records")
    return load(data)
main()
