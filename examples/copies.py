"""Assignment, shallow copies and deep copies.

`alias = grid` copies a reference; `copy.copy` makes a new outer list holding the same
inner lists; `copy.deepcopy` copies all the way down. In the heap graph `grid`, `alias` and
`shallow` all reach the same row objects, `deep` has rows of its own.
"""
import copy

grid = [[0, 0], [0, 0]]
alias = grid
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)

print("alias is grid:", alias is grid)
print("shallow is grid:", shallow is grid, "| rows shared:", shallow[0] is grid[0])
print("deep is grid:", deep is grid, "| rows shared:", deep[0] is grid[0])

grid[0][0] = 1
print("after grid[0][0] = 1:")
print("  alias  ", alias)
print("  shallow", shallow)
print("  deep   ", deep)

grid.append([9, 9])
print("after grid.append(...): alias", len(alias), "rows, shallow", len(shallow), "rows")

sliced = grid[:]
print("a slice is a shallow copy too:", sliced is not grid and sliced[0] is grid[0])

numbers = (1, 2, 3)
print("copying an immutable tuple gives it back:", copy.copy(numbers) is numbers)
print("deepcopy of a tuple of atoms too:", copy.deepcopy(numbers) is numbers)
