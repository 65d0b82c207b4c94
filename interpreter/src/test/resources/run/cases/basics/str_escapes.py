# String literals: escapes, raw strings, unicode, multi-line.
print("tab:\t|newline:\\n|quote:\"|apos:'")
print('single \'quoted\'', "back\\slash", r"raw \n stays", R"C:\temp\new")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101")
print("""triple
quoted
string""")
s = ("implicit "
     "concatenation")
print(s, len(s))
print(repr("a\tb\nc"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\x80é€"))
print(len("\U0001F600"), ord("\U0001F600"), "😀".encode("utf-8"), ascii("é😀"))
print("a" "b" 'c', "x" * 0 == "", "\\".join("ab"))
