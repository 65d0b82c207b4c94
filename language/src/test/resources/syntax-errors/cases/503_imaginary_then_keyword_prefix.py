x = 1.5jif
