# UnboundLocalError: a name assigned later in the function is local everywhere in it.
count = 0
def increment():
    count += 1
    return count
increment()
