# asyncio locks: reprs, errors, wake-up order, cancellation while waiting, Condition, Barrier.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def lock_part():
    lock = asyncio.Lock()
    print(r(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    order = []

    async def worker(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)

    await lock.acquire()
    tasks = [asyncio.create_task(worker(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(r(lock))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()
    print(r(lock))
    await asyncio.gather(*tasks, return_exceptions=True)
    print("order", order, [t.cancelled() for t in tasks])
    print(r(lock), await lock.acquire(), lock.locked())
    lock.release()

    # A waiter woken but cancelled before it ran passes the lock on.
    await lock.acquire()
    a = asyncio.create_task(worker("a"))
    b = asyncio.create_task(worker("b"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("order", order, a.cancelled(), lock.locked())
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e, lock.locked())
    print(await lock.__aenter__(), lock.locked())
    await lock.__aexit__(None, None, None)


async def event_part():
    ev = asyncio.Event()
    print(r(ev), ev.is_set())
    woke = []

    async def waiter(i):
        res = await ev.wait()
        woke.append((i, res))

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(r(ev))
    ts[0].cancel()
    ev.set()
    print(r(ev))
    ev.set()
    await asyncio.gather(*ts, return_exceptions=True)
    print(woke, r(ev))
    ev.clear()
    print(r(ev), ev.is_set())
    ev.set()
    print(await ev.wait())


async def condition_part():
    cond = asyncio.Condition()
    print(r(cond), cond.locked())
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    log = []
    state = {"n": 0}

    async def consumer(i):
        async with cond:
            log.append(("wait", i))
            await cond.wait()
            log.append(("woke", i, cond.locked()))

    ts = [asyncio.create_task(consumer(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        print(r(cond))
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(log)

    async def pred_waiter():
        async with cond:
            got = await cond.wait_for(lambda: state["n"] >= 3)
            log.append(("pred", got, state["n"]))

    t = asyncio.create_task(pred_waiter())
    for i in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            cond.notify()
    await t
    print(log[-1])
    lk = asyncio.Lock()
    c2 = asyncio.Condition(lk)
    async with c2:
        print(lk.locked(), c2.locked())
    # cancelled while waiting: reacquires the lock before CancelledError propagates
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(("cancelled, locked", cond.locked()))
                raise

    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", log[-1], cond.locked())


async def semaphore_part():
    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    order = []

    async def worker(i):
        async with sem:
            order.append(("in", i))
            await asyncio.sleep(0)
            order.append(("out", i))

    ts = [asyncio.create_task(worker(i)) for i in range(5)]
    await asyncio.sleep(0)
    print(r(sem), sem.locked())
    ts[3].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order)
    print(r(sem))
    sem.release()
    print(r(sem))
    bs = asyncio.BoundedSemaphore(1)
    print(r(bs))
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    s0 = asyncio.Semaphore(0)
    print(r(s0), s0.locked())
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print(r(s0))
    s0.release()
    print(await t, r(s0))


async def barrier_part():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.Barrier(3)
    print(r(b), b.parties, b.n_waiting, b.broken)
    res = []

    async def party(i):
        async with b as pos:
            res.append((i, pos))

    ts = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(r(b), b.n_waiting)
    ts.append(asyncio.create_task(party(2)))
    await asyncio.gather(*ts)
    print(sorted(res), r(b))
    print(await asyncio.gather(b.wait(), b.wait(), b.wait()))
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e), r(b))
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    print(r(b), b.broken)
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("broken waiter")
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print("wait on broken")
    await b.reset()
    print(r(b))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(r(b2), b2.n_waiting)


async def main():
    await lock_part()
    await event_part()
    await condition_part()
    await semaphore_part()
    await barrier_part()


asyncio.run(main())
print(asyncio.Lock.__module__, asyncio.Barrier.__module__, asyncio.BrokenBarrierError.__mro__)
