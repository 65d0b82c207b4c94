"""Object churn: build and discard many short-lived objects of user classes, dicts, lists
and tuples (a simulated order book with orders arriving, matching and expiring).

Exercises allocation and deallocation by reference counting, __init__ calls, instance
dicts, and the memory allocator's free-block reuse; no reference cycles are created.
"""


class Order:
    __slots__ = ("ident", "side", "price", "qty")

    def __init__(self, ident, side, price, qty):
        self.ident, self.side, self.price, self.qty = ident, side, price, qty


class Trade:
    def __init__(self, buy, sell, price, qty):
        self.buy = buy
        self.sell = sell
        self.price = price
        self.qty = qty
        self.meta = {"pair": (buy, sell), "notional": price * qty}


def simulate(n):
    state = 99
    bids, asks = [], []
    volume, trades = 0, 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        side = state & 1
        price = 100 + (state >> 3) % 21 - 10
        order = Order(i, side, price, 1 + (state >> 8) % 9)
        book, other = (bids, asks) if side == 0 else (asks, bids)
        # Match against the best order on the other side while prices cross.
        while other and order.qty:
            best = other[-1]
            crosses = best.price <= order.price if side == 0 else best.price >= order.price
            if not crosses:
                break
            qty = min(order.qty, best.qty)
            t = Trade(order.ident, best.ident, best.price, qty)
            volume += t.meta["notional"]
            trades += 1
            order.qty -= qty
            best.qty -= qty
            if best.qty == 0:
                other.pop()
        if order.qty:
            book.append(order)
            # Keep the best price at the end: bids ascending, asks descending.
            book.sort(key=(lambda o: o.price) if side == 0 else (lambda o: -o.price))
        if i % 50 == 0:
            # Expire the worst quarter of each book.
            del bids[:len(bids) // 4]
            del asks[:len(asks) // 4]
        snapshot = [(o.price, o.qty) for o in bids[-3:]]
        volume += len(snapshot)
    return trades, volume, len(bids), len(asks)


def main():
    print("object_churn", simulate(260_000))


if __name__ == "__main__":
    main()
