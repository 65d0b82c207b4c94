# Non-ASCII text through stdout and stdin.
print("café", "naïve", "日本語", "😀", "Ωmega")
print(len("日本語"), "日本語".encode("utf-8"), "😀".encode("utf-16-le"))
line = input()
print("read:", line, len(line), [hex(ord(c)) for c in line])
