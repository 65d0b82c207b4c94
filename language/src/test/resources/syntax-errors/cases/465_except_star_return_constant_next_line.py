def f():
    try:
        pass
    except* E:
        return (
            42)
