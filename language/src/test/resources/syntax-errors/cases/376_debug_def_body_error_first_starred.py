def __debug__():
    x = *a
