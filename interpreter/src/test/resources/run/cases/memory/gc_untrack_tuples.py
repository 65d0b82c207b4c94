# A collection untracks tuples that hold nothing trackable.
import gc
t1 = (1, int("2"))
t2 = ([], 1)
t3 = ((int("3"),),)
print("before:", gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3))
gc.collect()
print("after:", gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3))
