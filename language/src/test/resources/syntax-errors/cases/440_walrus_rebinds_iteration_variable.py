x = [i := 0 for i in y]
