# random's derived methods with CPython's algorithms: choice, sample (set and pool
# variants, counts), shuffle, choices (weights and cum_weights), and the distributions.
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.sample(range(100), 5), random.sample(range(10**6), 3), random.sample("abcdefghij", 10))
print(random.sample(["red", "blue"], k=5, counts=[4, 2]))
x = list(range(20))
random.shuffle(x)
print(x)
print(random.choices("abc", k=5), random.choices("abc", [5, 1, 1], k=5))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4), random.choices(["x"]))
print(random.uniform(1, 5), random.uniform(5, 1))
print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5))
print(random.expovariate(2), random.expovariate(0.1))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
print(random.gammavariate(0.5, 1), random.gammavariate(3, 2), random.gammavariate(1, 1))
print(random.triangular(), random.triangular(0, 10, 3), random.triangular(5, 5))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
print(random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2))
r = random.Random(99)
print(r.random(), r.randint(-5, 5), r.sample(["a", "b", "c", "d"], 2, counts=[1, 2, 3, 4]))
print(random.Random("x").random() == random.Random("x").random(), random.Random().random() < 1)
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
random.seed(52)
random.shuffle(deck)
print(deck[:13])
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(face) for face in range(1, 7)])
