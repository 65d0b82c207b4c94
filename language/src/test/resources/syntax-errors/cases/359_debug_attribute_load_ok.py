x = obj.__debug__
y = __debug__
