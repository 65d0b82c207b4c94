g = lambda: {a: 1 async for a in b}
