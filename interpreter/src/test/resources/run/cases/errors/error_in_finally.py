# An exception raised in finally while another is propagating: both appear, chained.
def work():
    try:
        raise ValueError("original problem")
    finally:
        cleanup = None
        cleanup.close()
work()
