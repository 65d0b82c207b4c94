"""A module the modules/main_guard case imports."""
print("helper_mod: __name__ is", __name__)
counter = 0


def bump():
    global counter
    counter += 1
    return counter


if __name__ == "__main__":
    print("helper_mod run as a script")
