# A traceback keeps the frames it passes through, and their locals, alive.
import sys
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def fail():
    local = Tracked("local of fail")
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
print("handler done, traceback kept")
print("frames in the traceback:", tb.tb_next.tb_frame.f_code.co_name)
del tb
print("traceback dropped")
