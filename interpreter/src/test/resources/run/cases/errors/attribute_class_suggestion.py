# AttributeError on a class (type object) with a suggestion, and on a builtin type.
class Shape:
    sides = 0
    def area(self):
        return 0
print(Shape.sides)
try:
    "text".uppper()
except AttributeError as e:
    print("AttributeError:", e)
print(Shape.aera)
