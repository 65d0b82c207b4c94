"""Word count: generate a deterministic text from a small vocabulary, then count words,
bigrams and letter frequencies with dicts and str methods, and report the top entries.

Exercises str.split/lower/strip, dict get/setdefault, sorting with keys, and tuples as keys.
"""

VOCABULARY = ("the quick brown fox jumps over lazy dog and then runs far away from "
              "a small quiet village where people tell stories about heaps frames "
              "objects references garbage collectors generations python memory").split()


def generate_text(n_words, seed=7):
    words = []
    state = seed
    for i in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = VOCABULARY[(state >> 16) % len(VOCABULARY)]  # high bits: an LCG's low bits cycle fast
        if (state >> 8) % 11 == 0:
            w = w.capitalize()
        if (state >> 8) % 13 == 0:
            w += ","
        elif (state >> 8) % 17 == 0:
            w += "."
        words.append(w)
        if i % 12 == 11:
            words.append("\n")
    return " ".join(words)


def count(text):
    words = {}
    bigrams = {}
    letters = {}
    prev = None
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(".,;:!?").lower()
            if not w:
                continue
            words[w] = words.get(w, 0) + 1
            if prev is not None:
                key = (prev, w)
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
            for ch in w:
                letters[ch] = letters.get(ch, 0) + 1
    return words, bigrams, letters


def top(counts, k):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


def main():
    text = generate_text(420_000)
    words, bigrams, letters = count(text)
    by_length = {}
    for w in words:
        by_length.setdefault(len(w), []).append(w)
    print("wordcount", len(words), len(bigrams), sum(words.values()),
          top(words, 3), top(bigrams, 2), top(letters, 3), sorted(by_length)[:3])


if __name__ == "__main__":
    main()
