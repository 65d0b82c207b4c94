match = 1
case = match
match(case)
