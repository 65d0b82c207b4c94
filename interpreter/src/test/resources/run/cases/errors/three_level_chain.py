# Three chained exceptions: cause, then context.
class StorageError(Exception):
    pass
def read_block(n):
    return [1, 2, 3][n]
def load(n):
    try:
        return read_block(n)
    except IndexError as e:
        raise StorageError(f"block {n} missing") from e
def main():
    try:
        load(7)
    except StorageError:
        print("logging the failure")
        raise RuntimeError("cannot start")
main()
