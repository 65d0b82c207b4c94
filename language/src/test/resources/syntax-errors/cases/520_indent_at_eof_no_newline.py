def f():
  #x