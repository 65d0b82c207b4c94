# gc.callbacks get "start" and "stop" with generation, collected, uncollectable.
import gc
class N:
    pass
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.collect()
gc.callbacks.append(cb)
n = N()
n.me = n
del n
gc.collect(1)
gc.callbacks.remove(cb)
print(log)
