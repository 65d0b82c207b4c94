while 1:
    try:
        pass
    except:
        break
