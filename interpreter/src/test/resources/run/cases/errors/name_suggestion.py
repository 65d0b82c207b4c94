# NameError with a "Did you mean" suggestion for a local misspelling.
def total_price(prices):
    subtotal = sum(prices)
    return subtotl * 1.2
print(total_price([1, 2]))
