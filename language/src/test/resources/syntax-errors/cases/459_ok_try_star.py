try:
    pass
except* (A, B) as eg:
    pass
else:
    pass
finally:
    pass
