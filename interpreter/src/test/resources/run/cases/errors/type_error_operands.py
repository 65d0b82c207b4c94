# TypeError from an operator: carets span both operands.
age = 30
message = "age: " + age
