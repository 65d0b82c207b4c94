f"{f(True=1)}"
