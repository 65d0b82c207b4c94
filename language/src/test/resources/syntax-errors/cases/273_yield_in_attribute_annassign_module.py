x.y: (yield)
