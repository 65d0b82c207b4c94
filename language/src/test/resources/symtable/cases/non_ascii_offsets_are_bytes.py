def f():
    é = 'é'; nonlocal yé
