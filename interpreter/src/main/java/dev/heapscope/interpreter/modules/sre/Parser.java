package dev.heapscope.interpreter.modules.sre;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a pattern into a {@link Node} tree by the rules of CPython 3.11's re._parser:
 * the same tokens (a character, or a backslash and the character after it), the same
 * checks in the same order, the same messages and error positions.
 */
final class Parser {
    static final int FLAG_TEMPLATE = 1;
    static final int FLAG_IGNORECASE = 2;
    static final int FLAG_LOCALE = 4;
    static final int FLAG_MULTILINE = 8;
    static final int FLAG_DOTALL = 16;
    static final int FLAG_UNICODE = 32;
    static final int FLAG_VERBOSE = 64;
    static final int FLAG_DEBUG = 128;
    static final int FLAG_ASCII = 256;
    private static final int TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
    private static final int GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;
    private static final int MAXGROUPS = Integer.MAX_VALUE / 2;

    /** The result: the tree, the final flags, the group count and names. */
    record Parsed(Node.Seq tree, int flags, int groups, Map<String, Integer> groupIndex, List<long[]> groupWidths) {
    }

    private final String[] chars;
    private final boolean isText;
    private int index;
    private String next;

    private int flags;
    /** groupwidths[g]: null while group g is open, its {min, max} width once closed. */
    private final List<long[]> groupWidths = new ArrayList<>();
    private final Map<String, Integer> groupDict = new LinkedHashMap<>();
    private final Map<Integer, Integer> groupRefPos = new HashMap<>();
    /** The group count when the innermost lookbehind began, or -1 outside lookbehinds. */
    private int lookbehindGroups = -1;

    private Parser(int[] codePoints, boolean isText, int flags) {
        this.chars = new String[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            chars[i] = new String(Character.toChars(codePoints[i]));
        }
        this.isText = isText;
        this.flags = flags;
        groupWidths.add(new long[] {0, 0});
    }

    static Parsed parse(int[] pattern, boolean isText, int flags) throws PatternError {
        Parser p = new Parser(pattern, isText, flags);
        p.advance();
        Node.Seq tree = p.parseSub((flags & FLAG_VERBOSE) != 0, 0);
        int fixed = fixFlags(isText, p.flags);
        if (p.next != null) {
            throw p.error("unbalanced parenthesis", 0);
        }
        for (Map.Entry<Integer, Integer> ref : p.groupRefPos.entrySet()) {
            if (ref.getKey() >= p.groupWidths.size()) {
                throw new PatternError("invalid group reference " + ref.getKey(), ref.getValue());
            }
        }
        return new Parsed(tree, fixed, p.groupWidths.size() - 1, p.groupDict, p.groupWidths);
    }

    static int fixFlags(boolean isText, int flags) throws PatternError {
        if (isText) {
            if ((flags & FLAG_LOCALE) != 0) {
                throw new PatternError("cannot use LOCALE flag with a str pattern", -1, "ValueError");
            }
            if ((flags & FLAG_ASCII) == 0) {
                flags |= FLAG_UNICODE;
            } else if ((flags & FLAG_UNICODE) != 0) {
                throw new PatternError("ASCII and UNICODE flags are incompatible", -1, "ValueError");
            }
        } else {
            if ((flags & FLAG_UNICODE) != 0) {
                throw new PatternError("cannot use UNICODE flag with a bytes pattern", -1, "ValueError");
            }
            if ((flags & FLAG_LOCALE) != 0 && (flags & FLAG_ASCII) != 0) {
                throw new PatternError("ASCII and LOCALE flags are incompatible", -1, "ValueError");
            }
        }
        return flags;
    }

    // ---- the tokenizer ----

    private void advance() throws PatternError {
        int i = index;
        if (i >= chars.length) {
            next = null;
            return;
        }
        String c = chars[i];
        if (c.equals("\\")) {
            i++;
            if (i >= chars.length) {
                throw new PatternError("bad escape (end of pattern)", chars.length - 1);
            }
            c = c + chars[i];
        }
        index = i + 1;
        next = c;
    }

    private boolean match(String c) throws PatternError {
        if (c.equals(next)) {
            advance();
            return true;
        }
        return false;
    }

    private String get() throws PatternError {
        String t = next;
        advance();
        return t;
    }

    private String getWhile(int n, String charset) throws PatternError {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String c = next;
            if (c == null || c.length() != 1 || charset.indexOf(c.charAt(0)) < 0) {
                break;
            }
            result.append(c);
            advance();
        }
        return result.toString();
    }

    private String getUntil(String terminator, String name) throws PatternError {
        StringBuilder result = new StringBuilder();
        while (true) {
            String c = next;
            advance();
            if (c == null) {
                if (result.length() == 0) {
                    throw error("missing " + name, 0);
                }
                throw error("missing " + terminator + ", unterminated name", cpLen(result));
            }
            if (c.equals(terminator)) {
                if (result.length() == 0) {
                    throw error("missing " + name, 1);
                }
                break;
            }
            result.append(c);
        }
        return result.toString();
    }

    private int tell() {
        return index - (next == null ? 0 : cpLen(next));
    }

    private void seek(int i) throws PatternError {
        index = i;
        advance();
    }

    private PatternError error(String msg, int offset) {
        return new PatternError(msg, tell() - offset);
    }

    private static int cpLen(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }

    private static int ord(String token) {
        return token.codePointAt(0);
    }

    // ---- groups ----

    private int groups() {
        return groupWidths.size();
    }

    private boolean checkGroup(int gid) {
        return gid < groups() && groupWidths.get(gid) != null;
    }

    private void checkLookbehindGroup(int gid) throws PatternError {
        if (lookbehindGroups >= 0) {
            if (!checkGroup(gid)) {
                throw error("cannot refer to an open group", 0);
            }
            if (gid >= lookbehindGroups) {
                throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
            }
        }
    }

    // ---- the grammar ----

    private Node.Seq parseSub(boolean verbose, int nested) throws PatternError {
        List<Node.Seq> items = new ArrayList<>();
        while (true) {
            items.add(parse(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!match("|")) {
                break;
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new Node.Seq(List.of(new Node.Branch(items)));
    }

    private static boolean isSpecial(String t) {
        return t.length() == 1 && ".\\[{()*+?^$|".indexOf(t.charAt(0)) >= 0;
    }

    private static boolean isDigit(String t) {
        return t != null && t.length() == 1 && t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    private static boolean isOctDigit(String t) {
        return t != null && t.length() == 1 && t.charAt(0) >= '0' && t.charAt(0) <= '7';
    }

    private Node.Seq parse(boolean verbose, int nested, boolean first) throws PatternError {
        List<Node> sub = new ArrayList<>();
        while (true) {
            String t = next;
            if (t == null || t.equals("|") || t.equals(")")) {
                break;
            }
            advance();
            if (verbose) {
                if (t.length() == 1 && " \t\n\r\u000b\f".indexOf(t.charAt(0)) >= 0) {
                    continue;
                }
                if (t.equals("#")) {
                    while (true) {
                        String c = get();
                        if (c == null || c.equals("\n")) {
                            break;
                        }
                    }
                    continue;
                }
            }
            if (t.charAt(0) == '\\' && t.length() > 1) {
                sub.add(escape(t));
            } else if (!isSpecial(t)) {
                sub.add(new Node.Literal(ord(t)));
            } else if (t.equals("[")) {
                sub.add(parseSet());
            } else if ("*+?{".contains(t)) {
                if (!parseRepeat(t, sub)) {
                    continue;
                }
            } else if (t.equals(".")) {
                sub.add(new Node.Any());
            } else if (t.equals("(")) {
                int start = tell() - 1;
                boolean capture = true;
                boolean atomic = false;
                String name = null;
                int addFlags = 0;
                int delFlags = 0;
                if (match("?")) {
                    String c = get();
                    if (c == null) {
                        throw error("unexpected end of pattern", 0);
                    }
                    if (c.equals("P")) {
                        if (match("<")) {
                            name = getUntil(">", "group name");
                            checkGroupName(name);
                        } else if (match("=")) {
                            name = getUntil(")", "group name");
                            checkGroupName(name);
                            Integer gid = groupDict.get(name);
                            if (gid == null) {
                                throw error("unknown group name " + pyRepr(name), cpLen(name) + 1);
                            }
                            if (!checkGroup(gid)) {
                                throw error("cannot refer to an open group", cpLen(name) + 1);
                            }
                            checkLookbehindGroup(gid);
                            sub.add(new Node.GroupRef(gid));
                            continue;
                        } else {
                            String c2 = get();
                            if (c2 == null) {
                                throw error("unexpected end of pattern", 0);
                            }
                            throw error("unknown extension ?P" + c2, cpLen(c2) + 2);
                        }
                    } else if (c.equals(":")) {
                        capture = false;
                    } else if (c.equals("#")) {
                        while (true) {
                            if (next == null) {
                                throw error("missing ), unterminated comment", tell() - start);
                            }
                            if (get().equals(")")) {
                                break;
                            }
                        }
                        continue;
                    } else if (c.equals("=") || c.equals("!") || c.equals("<")) {
                        boolean behind = false;
                        int savedLookbehind = lookbehindGroups;
                        if (c.equals("<")) {
                            c = get();
                            if (c == null) {
                                throw error("unexpected end of pattern", 0);
                            }
                            if (!c.equals("=") && !c.equals("!")) {
                                throw error("unknown extension ?<" + c, cpLen(c) + 2);
                            }
                            behind = true;
                            if (lookbehindGroups < 0) {
                                lookbehindGroups = groups();
                            }
                        }
                        Node.Seq p = parseSub(verbose, nested + 1);
                        if (behind && savedLookbehind < 0) {
                            lookbehindGroups = -1;
                        }
                        if (!match(")")) {
                            throw error("missing ), unterminated subpattern", tell() - start);
                        }
                        sub.add(new Node.Assert(behind, c.equals("!"), p));
                        continue;
                    } else if (c.equals("(")) {
                        sub.add(parseConditional(verbose, nested, start));
                        continue;
                    } else if (c.equals(">")) {
                        capture = false;
                        atomic = true;
                    } else if (flagValue(c) != 0 || c.equals("-")) {
                        int[] f = parseFlags(c);
                        if (f == null) {
                            if (!first || !sub.isEmpty()) {
                                throw error("global flags not at the start of the expression", tell() - start);
                            }
                            verbose = (flags & FLAG_VERBOSE) != 0;
                            continue;
                        }
                        addFlags = f[0];
                        delFlags = f[1];
                        capture = false;
                    } else {
                        throw error("unknown extension ?" + c, cpLen(c) + 1);
                    }
                }
                int group = -1;
                if (capture) {
                    group = groups();
                    if (group > MAXGROUPS) {
                        throw error("too many groups", name == null ? 1 : cpLen(name) + 1);
                    }
                    if (name != null) {
                        Integer ogid = groupDict.get(name);
                        if (ogid != null) {
                            throw error("redefinition of group name " + pyRepr(name) + " as group " + group
                                    + "; was group " + ogid, cpLen(name) + 1);
                        }
                        groupDict.put(name, group);
                    }
                    groupWidths.add(null);
                }
                boolean subVerbose = (verbose || (addFlags & FLAG_VERBOSE) != 0) && (delFlags & FLAG_VERBOSE) == 0;
                Node.Seq p = parseSub(subVerbose, nested + 1);
                if (!match(")")) {
                    throw error("missing ), unterminated subpattern", tell() - start);
                }
                if (group >= 0) {
                    groupWidths.set(group, Width.of(p, groupWidths));
                }
                sub.add(atomic ? new Node.Atomic(p) : new Node.Group(group, addFlags, delFlags, p));
            } else if (t.equals("^")) {
                sub.add(new Node.At(Opcodes.AT_BEGINNING));
            } else if (t.equals("$")) {
                sub.add(new Node.At(Opcodes.AT_END));
            } else {
                throw new IllegalStateException("unsupported special character " + t);
            }
        }
        return new Node.Seq(sub);
    }

    /** A repeat operator after its item; false when '{' turned out to be a literal. */
    private boolean parseRepeat(String t, List<Node> sub) throws PatternError {
        int here = tell();
        long min;
        long max;
        switch (t) {
            case "?" -> {
                min = 0;
                max = 1;
            }
            case "*" -> {
                min = 0;
                max = Node.MAXREPEAT;
            }
            case "+" -> {
                min = 1;
                max = Node.MAXREPEAT;
            }
            default -> {
                if ("}".equals(next)) {
                    sub.add(new Node.Literal('{'));
                    return false;
                }
                min = 0;
                max = Node.MAXREPEAT;
                StringBuilder lo = new StringBuilder();
                StringBuilder hi = new StringBuilder();
                while (isDigit(next)) {
                    lo.append(get());
                }
                if (match(",")) {
                    while (isDigit(next)) {
                        hi.append(get());
                    }
                } else {
                    hi.append(lo);
                }
                if (!match("}")) {
                    sub.add(new Node.Literal('{'));
                    seek(here);
                    return false;
                }
                if (lo.length() > 0) {
                    min = parseCount(lo);
                }
                if (hi.length() > 0) {
                    max = parseCount(hi);
                    if (max < min) {
                        throw error("min repeat greater than max repeat", tell() - here);
                    }
                }
            }
        }
        Node item = sub.isEmpty() ? null : sub.get(sub.size() - 1);
        if (item == null || item instanceof Node.At) {
            throw error("nothing to repeat", tell() - here + 1);
        }
        if (item instanceof Node.Repeat) {
            throw error("multiple repeat", tell() - here + 1);
        }
        Node.Seq body;
        if (item instanceof Node.Group g && g.index() < 0 && g.addFlags() == 0 && g.delFlags() == 0) {
            body = g.body();
        } else {
            body = new Node.Seq(List.of(item));
        }
        int kind = match("?") ? 1 : match("+") ? 2 : 0;
        sub.set(sub.size() - 1, new Node.Repeat((int) Math.min(min, Integer.MAX_VALUE), max, kind, body));
        return true;
    }

    private static long parseCount(CharSequence digits) throws PatternError {
        java.math.BigInteger v = new java.math.BigInteger(digits.toString());
        if (v.compareTo(java.math.BigInteger.valueOf(Node.MAXREPEAT)) >= 0) {
            throw new PatternError("the repetition number is too large", -1, "OverflowError");
        }
        return v.longValue();
    }

    private Node parseSet() throws PatternError {
        int here = tell() - 1;
        CharSet set = new CharSet();
        boolean any = false;
        set.negate = match("^");
        while (true) {
            String t = get();
            if (t == null) {
                throw error("unterminated character set", tell() - here);
            }
            if (t.equals("]") && any) {
                break;
            }
            any = true;
            int[] code1 = t.charAt(0) == '\\' && t.length() > 1 ? classEscape(t) : new int[] {ord(t)};
            if (match("-")) {
                String that = get();
                if (that == null) {
                    throw error("unterminated character set", tell() - here);
                }
                if (that.equals("]")) {
                    addItem(set, code1);
                    set.addRange('-', '-');
                    break;
                }
                int[] code2 = that.charAt(0) == '\\' && that.length() > 1 ? classEscape(that) : new int[] {ord(that)};
                String msg = "bad character range " + t + "-" + that;
                if (code1.length != 1 || code2.length != 1 || code2[0] < code1[0]) {
                    throw error(msg, cpLen(t) + 1 + cpLen(that));
                }
                set.addRange(code1[0], code2[0]);
            } else {
                addItem(set, code1);
            }
        }
        return new Node.In(set);
    }

    /** A class escape is {c} for a literal or {-1, category} for a category. */
    private static void addItem(CharSet set, int[] item) {
        if (item.length == 1) {
            set.addRange(item[0], item[0]);
        } else {
            set.addCategory(item[1]);
        }
    }

    private static int simpleEscape(char c) {
        return switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    private static int categoryEscape(char c) {
        return switch (c) {
            case 'd' -> Chars.DIGIT;
            case 'D' -> Chars.NOT_DIGIT;
            case 's' -> Chars.SPACE;
            case 'S' -> Chars.NOT_SPACE;
            case 'w' -> Chars.WORD;
            case 'W' -> Chars.NOT_WORD;
            default -> -1;
        };
    }

    private static boolean isAsciiLetter(String c) {
        return c.length() == 1 && ((c.charAt(0) >= 'a' && c.charAt(0) <= 'z') || (c.charAt(0) >= 'A' && c.charAt(0) <= 'Z'));
    }

    /** The hexadecimal and named escapes (x, u, U, N after a backslash): the character, or throws; null when the escape is not one of them. */
    private Integer hexEscape(String escape) throws PatternError {
        String c = escape.substring(1);
        if (c.equals("x")) {
            String e = escape + getWhile(2, "0123456789abcdefABCDEF");
            if (e.length() != 4) {
                throw error("incomplete escape " + e, e.length());
            }
            return Integer.parseInt(e.substring(2), 16);
        }
        if (c.equals("u") && isText) {
            String e = escape + getWhile(4, "0123456789abcdefABCDEF");
            if (e.length() != 6) {
                throw error("incomplete escape " + e, e.length());
            }
            return Integer.parseInt(e.substring(2), 16);
        }
        if (c.equals("U") && isText) {
            String e = escape + getWhile(8, "0123456789abcdefABCDEF");
            if (e.length() != 10) {
                throw error("incomplete escape " + e, e.length());
            }
            long v = Long.parseLong(e.substring(2), 16);
            if (v > 0x10FFFF) {
                throw error("bad escape " + e, e.length());
            }
            return (int) v;
        }
        if (c.equals("N") && isText) {
            if (!match("{")) {
                throw error("missing {", 0);
            }
            String name = getUntil("}", "character name");
            int cp;
            try {
                cp = Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                throw error("undefined character name " + pyRepr(name), cpLen(name) + 4);
            }
            return cp;
        }
        return null;
    }

    private int[] classEscape(String escape) throws PatternError {
        char c = escape.charAt(1);
        int simple = simpleEscape(c);
        if (simple >= 0 && escape.length() == 2) {
            return new int[] {simple};
        }
        int category = categoryEscape(c);
        if (category >= 0) {
            return new int[] {-1, category};
        }
        Integer hex = hexEscape(escape);
        if (hex != null) {
            return new int[] {hex};
        }
        if (isOctDigit(escape.substring(1))) {
            String e = escape + getWhile(2, "01234567");
            int v = Integer.parseInt(e.substring(1), 8);
            if (v > 0377) {
                throw error("octal escape value " + e + " outside of range 0-0o377", e.length());
            }
            return new int[] {v};
        }
        if (!isDigit(escape.substring(1)) && cpLen(escape) == 2) {
            if (isAsciiLetter(escape.substring(1))) {
                throw error("bad escape " + escape, cpLen(escape));
            }
            return new int[] {escape.codePointAt(1)};
        }
        throw error("bad escape " + escape, cpLen(escape));
    }

    private Node escape(String escape) throws PatternError {
        char c = escape.charAt(1);
        switch (c) {
            case 'A':
                return new Node.At(Opcodes.AT_BEGINNING_STRING);
            case 'Z':
                return new Node.At(Opcodes.AT_END_STRING);
            case 'b':
                return new Node.At(Opcodes.AT_BOUNDARY);
            case 'B':
                return new Node.At(Opcodes.AT_NON_BOUNDARY);
            default:
                break;
        }
        int category = categoryEscape(c);
        if (category >= 0) {
            CharSet set = new CharSet();
            set.addCategory(category);
            return new Node.In(set);
        }
        int simple = simpleEscape(c);
        if (simple >= 0) {
            return new Node.Literal(simple);
        }
        Integer hex = hexEscape(escape);
        if (hex != null) {
            return new Node.Literal(hex);
        }
        String e = escape;
        if (c == '0') {
            e += getWhile(2, "01234567");
            return new Node.Literal(Integer.parseInt(e.substring(1), 8));
        }
        if (c >= '1' && c <= '9') {
            if (isDigit(next)) {
                e += get();
                if (isOctDigit(e.substring(1, 2)) && isOctDigit(e.substring(2, 3)) && isOctDigit(next)) {
                    e += get();
                    int v = Integer.parseInt(e.substring(1), 8);
                    if (v > 0377) {
                        throw error("octal escape value " + e + " outside of range 0-0o377", e.length());
                    }
                    return new Node.Literal(v);
                }
            }
            int group = Integer.parseInt(e.substring(1));
            if (group < groups()) {
                if (!checkGroup(group)) {
                    throw error("cannot refer to an open group", e.length());
                }
                checkLookbehindGroup(group);
                return new Node.GroupRef(group);
            }
            throw error("invalid group reference " + group, e.length() - 1);
        }
        if (cpLen(escape) == 2) {
            if (isAsciiLetter(escape.substring(1))) {
                throw error("bad escape " + escape, cpLen(escape));
            }
            return new Node.Literal(escape.codePointAt(1));
        }
        throw error("bad escape " + escape, cpLen(escape));
    }

    private Node parseConditional(boolean verbose, int nested, int start) throws PatternError {
        String condName = getUntil(")", "group name");
        int condGroup;
        if (isIdentifier(condName)) {
            Integer g = groupDict.get(condName);
            if (g == null) {
                throw error("unknown group name " + pyRepr(condName), cpLen(condName) + 1);
            }
            condGroup = g;
        } else {
            if (!condName.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw error("bad character in group name " + pyRepr(condName), cpLen(condName) + 1);
            }
            java.math.BigInteger v = new java.math.BigInteger(condName);
            if (v.signum() == 0) {
                throw error("bad group number", cpLen(condName) + 1);
            }
            if (v.compareTo(java.math.BigInteger.valueOf(MAXGROUPS)) >= 0) {
                throw error("invalid group reference " + v, cpLen(condName) + 1);
            }
            condGroup = v.intValue();
            groupRefPos.putIfAbsent(condGroup, tell() - cpLen(condName) - 1);
        }
        checkLookbehindGroup(condGroup);
        Node.Seq yes = parse(verbose, nested + 1, false);
        Node.Seq no = null;
        if (match("|")) {
            no = parse(verbose, nested + 1, false);
            if ("|".equals(next)) {
                throw error("conditional backref with more than two branches", 0);
            }
        }
        if (!match(")")) {
            throw error("missing ), unterminated subpattern", tell() - start);
        }
        return new Node.Conditional(condGroup, yes, no);
    }

    private void checkGroupName(String name) throws PatternError {
        if (!isIdentifier(name)) {
            throw error("bad character in group name " + pyRepr(name), cpLen(name) + 1);
        }
    }

    /** str.isidentifier(): XID_Start or '_' first, XID_Continue after. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** repr() of a str, as the messages quote names. */
    static String pyRepr(String s) {
        boolean dq = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
        char q = dq ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 32 || c == 127) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(q).toString();
    }

    private static int flagValue(String c) {
        return switch (c) {
            case "i" -> FLAG_IGNORECASE;
            case "L" -> FLAG_LOCALE;
            case "m" -> FLAG_MULTILINE;
            case "s" -> FLAG_DOTALL;
            case "x" -> FLAG_VERBOSE;
            case "a" -> FLAG_ASCII;
            case "t" -> FLAG_TEMPLATE;
            case "u" -> FLAG_UNICODE;
            default -> 0;
        };
    }

    private static boolean isAlpha(String c) {
        return c.codePoints().allMatch(Character::isLetter);
    }

    /** Inline flags after "(?": null for global flags "(?i)", else {add, del} for "(?i-m:". */
    private int[] parseFlags(String c) throws PatternError {
        int add = 0;
        int del = 0;
        if (!c.equals("-")) {
            while (true) {
                int flag = flagValue(c);
                if (isText) {
                    if (c.equals("L")) {
                        throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                    }
                } else if (c.equals("u")) {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                c = get();
                if (c == null) {
                    throw error("missing -, : or )", 0);
                }
                if (c.equals(")") || c.equals("-") || c.equals(":")) {
                    break;
                }
                if (flagValue(c) == 0) {
                    throw error(isAlpha(c) ? "unknown flag" : "missing -, : or )", cpLen(c));
                }
            }
        }
        if (c.equals(")")) {
            flags |= add;
            return null;
        }
        if ((add & GLOBAL_FLAGS) != 0) {
            throw error("bad inline flags: cannot turn on global flag", 1);
        }
        if (c.equals("-")) {
            c = get();
            if (c == null) {
                throw error("missing flag", 0);
            }
            if (flagValue(c) == 0) {
                throw error(isAlpha(c) ? "unknown flag" : "missing flag", cpLen(c));
            }
            while (true) {
                int flag = flagValue(c);
                if ((flag & TYPE_FLAGS) != 0) {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                }
                del |= flag;
                c = get();
                if (c == null) {
                    throw error("missing :", 0);
                }
                if (c.equals(":")) {
                    break;
                }
                if (flagValue(c) == 0) {
                    throw error(isAlpha(c) ? "unknown flag" : "missing :", cpLen(c));
                }
            }
        }
        if ((del & GLOBAL_FLAGS) != 0) {
            throw error("bad inline flags: cannot turn off global flag", 1);
        }
        if ((add & del) != 0) {
            throw error("bad inline flags: flag turned on and off", 1);
        }
        return new int[] {add, del};
    }
}
