x = [lambda: await y for a in (yield)]
