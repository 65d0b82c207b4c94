try:
    pass
except E:
    break
else:
    continue
