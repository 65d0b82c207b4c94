# sys.exit from deep inside calls, with finally blocks running on the way out.
import sys
def inner():
    try:
        print("inner: exiting with 4")
        sys.exit(4)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
