def f():
    é = 'é'; global é
