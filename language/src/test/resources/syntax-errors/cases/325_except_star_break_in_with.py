for x in y:
    try:
        pass
    except* E:
        with a:
            break
