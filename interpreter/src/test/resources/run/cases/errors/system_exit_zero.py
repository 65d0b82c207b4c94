# SystemExit(0) and SystemExit(None) exit with status 0; finally still runs.
try:
    print("in try")
    raise SystemExit(None)
finally:
    print("finally runs before exit")
