def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("race a car"))
def longest_unique(s):
    seen, start, best = {}, 0, 0
    for i, ch in enumerate(s):
        if ch in seen and seen[ch] >= start:
            start = seen[ch] + 1
        seen[ch] = i
        best = max(best, i - start + 1)
    return best
print(longest_unique("abcabcbb"), longest_unique("bbbbb"), longest_unique("pwwkew"))
def group_anagrams(words):
    from collections import defaultdict
    g = defaultdict(list)
    for w in words: g["".join(sorted(w))].append(w)
    return list(g.values())
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
print("Hello World".swapcase(), "hello world".title(), " x ".strip(), "a,b,,c".split(","), "a b  c".split())
print("abc".replace("b", "B"), "x".join("abc"), "abcabc".find("c"), "abcabc".rfind("c"), "abc".index("b"))
print("one two three".partition(" "), "one two three".rpartition(" "), "a-b-c".rsplit("-", 1))
print("Straße".casefold(), "Straße".upper(), "ǅ".lower(), "ß".title(), len("é"), "e\u0301")
print("ab" * 3, "abc"[::-1], "abcdef"[1:5:2], "abc" < "abd", ord("a"), chr(8364), "%c" % 97)
print("line1\nline2\r\nline3".splitlines(), "line1\nline2".splitlines(True), "tab\there".split("\t"))
print("12".isdigit(), "½".isnumeric(), "abc".isidentifier(), "  ".isspace(), "Ab".istitle())
print("hello".encode(), "héllo".encode("utf-8"), b"h\xc3\xa9llo".decode(), "abc".encode("ascii"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(str.maketrans("ab", "xy"), "aabbcc".translate(str.maketrans("ab", "xy", "c")))
def compress(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{s[i]}{j - i}")
        i = j
    return "".join(out)
print(compress("aaabccdddd"), "abc".startswith(("x", "a")), "abc".endswith("bc", 1), "aaa".count("a"))
print("{:>6}".format("ab").removeprefix("  "), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\t\n\\"), ascii("naïve ☃"))
print(int("ff", 16), int("0b101", 0), hex(255), bin(-5), oct(8), int("  42  "), float(" 1e3 "))
try:
    int("4.5")
except ValueError as e:
    print(e)
