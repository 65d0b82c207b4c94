async def f():
    def g():
        pass
    await x
