# An exception raised while a class body executes.
class Settings:
    debug = False
    level = int("verbose")
