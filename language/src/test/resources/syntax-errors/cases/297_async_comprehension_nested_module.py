x = [[a async for a in b] for c in d]
