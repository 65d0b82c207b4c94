# An uncaught custom exception: its qualified name and str appear in the last line.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
class Wallet:
    def __init__(self, cash):
        self.cash = cash
    def pay(self, amount):
        if amount > self.cash:
            raise InsufficientFunds(amount - self.cash)
        self.cash -= amount
w = Wallet(5)
w.pay(3)
print("left", w.cash)
w.pay(10)
