x = [(i := 0) for j in y for i in z]
