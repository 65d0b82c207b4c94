# A bare raise re-raises the exception being handled with its original traceback.
def risky():
    return {}["token"]
try:
    risky()
except KeyError:
    print("cleaning up, then re-raising")
    raise
