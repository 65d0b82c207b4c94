# Inheritance, overriding, super() in __init__ and methods.
class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
        print(f"Animal.__init__({name!r})")
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        print("Dog.__init__ done")
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
p = Puppy("rex", "lab")
print(p.describe(), p.breed, p.kingdom)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__, Puppy.__mro__)
print(type(p).__name__, p.__class__.__name__, vars(p))
class Cat(Animal):
    pass
c = Cat("tom")
print(c.describe(), Cat.__init__ is Animal.__init__)
print(super(Puppy, p).speak(), super(Dog, p).speak())
