for x in y:
    pass
else:
    for z in w:
        continue
