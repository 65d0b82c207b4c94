package dev.heapscope.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Edits of the kinds an editor makes, for the tests that compare incremental answers with whole-file ones. */
public final class Edits {
    private Edits() {
    }

    /** Statements whose findings depend on other statements: imports used elsewhere, __all__, globals, line numbers. */
    public static final String TRAPS = """
            import os
            from collections import defaultdict
            import json

            LIMIT = 10


            class Node:
                def __init__(self):
                    self.me = self

                def __del__(self):
                    pass


            def grow(items, cache=defaultdict(list)):
                global STORE
                STORE = [x for x in items]
                return cache


            def shadow():
                print(count)
                count = LIMIT
                return count


            def late():
                fns = []
                for i in range(3):
                    fns.append(lambda: i + LIMIT)
                return fns
            """;

    public static final String[] STATEMENTS = {
        "import os", "from json import *", "__all__ = ['json']", "count = 1", "print(json)", "STORE = {}",
        "def defaultdict(): pass", "list = 3", "del LIMIT", "LIMIT += 1", "from x import y as os",
        "class Late:\n    def __del__(self):\n        pass\n    def keep(self):\n        self.items.append(self)",
        "def f(a=[]):\n    return undefined_here", "x: int", "if LIMIT:\n    y = 2\nelse:\n    y = 3", "", "# comment",
        "from __future__ import annotations", "global LIMIT",
    };

    /** One edit of a kind an editor makes: lines inserted, deleted, duplicated, swapped or changed, characters typed. */
    public static String mutate(String text, Random random, boolean traps) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(traps ? 9 : 8)) {
            case 0 -> lines.add(at, "");
            case 1 -> {
                if (lines.size() > 1) {
                    lines.remove(at);
                }
            }
            case 2 -> lines.add(at, lines.get(at));
            case 3 -> {
                if (at + 1 < lines.size()) {
                    Collections.swap(lines, at, at + 1);
                }
            }
            case 4 -> lines.set(at, lines.get(at) + "  # edited");
            case 5 -> lines.set(at, lines.get(at).replaceFirst("[A-Za-z_]\\w*", "renamed"));
            case 6 -> {
                String line = lines.get(at);
                if (!line.isEmpty()) {
                    int column = random.nextInt(line.length());
                    lines.set(at, line.substring(0, column) + line.substring(column + 1));
                }
            }
            case 7 -> {
                String line = lines.get(at);
                int column = random.nextInt(line.length() + 1);
                String typed = String.valueOf("abx_ (:=,.'".charAt(random.nextInt(11)));
                lines.set(at, line.substring(0, column) + typed + line.substring(column));
            }
            default -> {
                // A whole statement at the top level, between two others.
                int before = at;
                while (before > 0 && !lines.get(before).isEmpty()) {
                    before--;
                }
                lines.add(before, STATEMENTS[random.nextInt(STATEMENTS.length)]);
            }
        }
        return String.join("\n", lines);
    }
}
