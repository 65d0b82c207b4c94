# An uncaught EOFError from input() with a prompt.
value = input("number? ")
print("got", value)
again = input("another? ")
