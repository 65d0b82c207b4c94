from a import b, c,  # x
