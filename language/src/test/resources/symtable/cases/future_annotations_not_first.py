import os
x: int = 1
