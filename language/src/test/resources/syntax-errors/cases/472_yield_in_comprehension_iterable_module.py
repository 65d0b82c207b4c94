x = [a for a in (yield)]
