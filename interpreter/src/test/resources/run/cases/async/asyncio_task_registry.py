# asyncio.tasks' registry hooks (_register_task, _enter_task, _leave_task, ...) with
# CPython's errors, and asyncio.iscoroutinefunction / iscoroutine.
import asyncio
from asyncio import tasks
import re


def r(obj):
    return re.sub(r' cb=\[[^\]]*\]', '', re.sub(r'0x[0-9a-f]+', '0x?', str(obj)))


async def helper():
    return 1


async def main():
    me = asyncio.current_task()
    loop = asyncio.get_running_loop()
    try:
        tasks._enter_task(loop, me)
    except RuntimeError as e:
        print(r(e))
    try:
        tasks._leave_task(loop, None)
    except RuntimeError as e:
        print(r(e))
    t = asyncio.create_task(helper())
    tasks._unregister_task(t)
    print(t in asyncio.all_tasks(), await t)
    f = loop.create_future()
    tasks._register_task(f)
    print(f in asyncio.all_tasks())
    f.cancel()
    c = helper()
    print(asyncio.iscoroutinefunction(helper), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutine(c), asyncio.iscoroutine(helper))
    c.close()
    print(sorted(n for n in tasks.__all__ if n.startswith('_')))


asyncio.run(main())
