with a:
    break
