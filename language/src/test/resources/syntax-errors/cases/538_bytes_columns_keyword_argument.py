f("ä", True=1)
