g = lambda a=(yield): 0
