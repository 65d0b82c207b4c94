# input() reads one line from stdin, without the newline; the prompt goes to stdout.
name = input("Your name: ")
age = int(input("Your age: "))
print()
print(f"Hello, {name}! Next year you will be {age + 1}.")
colours = input().split(",")
print([c.strip() for c in colours])
