# The RuntimeWarning for a coroutine never awaited goes through the warnings module.
import warnings


async def job():
    return 1


job()
job()
print("shown twice (two lines)")
for i in range(2):
    job()
print("shown once (one line)")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    job()
    print(len(log), log[0].category.__name__, str(log[0].message), log[0].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    job()
print("ignored")

