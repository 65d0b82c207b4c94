# A caught exception's traceback keeps the failing frame, and so its locals, alive.
import sys
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  released {self.name}")
def fail():
    res = Resource("local of the failing frame")
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("in the handler; traceback holds the frame:", e.__traceback__.tb_next.tb_frame.f_code.co_name)
print("the handler's name is deleted at its end, so the frame went with it")
saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("kept the exception:", type(saved).__name__)
saved = None
print("dropped it")
def swallow():
    try:
        fail()
    except ValueError:
        return "swallowed"
print(swallow())
def frame_alive():
    r = Resource("held by sys._getframe")
    return sys._getframe()
f = frame_alive()
print("a frame object keeps its locals:", f.f_locals["r"].name)
del f
print("frame dropped")
