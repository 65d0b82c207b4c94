# coding: latin-1
x = "ä" + (1 2)
