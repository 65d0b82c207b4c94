# A seeded simulation as tutorials write them: random walks, Monte Carlo pi, a shuffled
# deck, weighted choices, then the results summarized as JSON.
import json
import random
from collections import Counter

random.seed(2023)
walk = [0]
for _ in range(50):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk[-10:], max(walk), min(walk))
inside = sum(1 for _ in range(5000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(inside, 4 * inside / 5000)
deck = [r + s for s in "♠♥♦♣" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
print(hands)
weather = random.choices(["sun", "rain", "snow"], weights=[6, 3, 1], k=30)
print(sorted(Counter(weather).items()))
scores = {name: round(random.gauss(70, 10), 2) for name in ["ann", "bob", "cy", "dee"]}
report = {"seed": 2023, "walk_end": walk[-1], "pi": 4 * inside / 5000, "scores": scores,
          "winner": max(scores, key=scores.get), "sample": random.sample(range(100), 5)}
text = json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False)
print(text)
print(json.loads(text) == report)
