if "ä"
  pass
