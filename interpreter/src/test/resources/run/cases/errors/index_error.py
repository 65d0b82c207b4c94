# IndexError on a subscript: carets under the subscript expression.
items = [1, 2, 3]
def last_plus_one(seq):
    return seq[len(seq)]
print(items[0])
print(last_plus_one(items))
