del "ä", f()
