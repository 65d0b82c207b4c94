f(), a = b, c
