with a:
    try:
        break
    finally:
        z = 1
