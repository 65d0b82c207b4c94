obj.meth(x, b=1, b=2)
