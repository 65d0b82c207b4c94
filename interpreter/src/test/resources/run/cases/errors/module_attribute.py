# AttributeError on a module, with a suggestion.
import math
print(math.pi)
print(math.sqroot(2))
