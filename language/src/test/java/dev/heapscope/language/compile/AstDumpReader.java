package dev.heapscope.language.compile;

import dev.heapscope.language.ast.Boolop;
import dev.heapscope.language.ast.Cmpop;
import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.ExprContext;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Operator;
import dev.heapscope.language.ast.Unaryop;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds our AST from the text of CPython's {@code ast.dump(tree, include_attributes=True)},
 * as record_syntax_errors.py stores it, so the compiler-stage checks can run on CPython's
 * own tree without our parser. Fields are set by name (snake_case to camelCase); fields
 * ast.dump leaves out are None. Test support only.
 */
final class AstDumpReader {
    private static final String PACKAGE = "dev.heapscope.language.ast.";
    private static final String[] SUMS = {"Mod", "Stmt", "Expr", "Pattern"};
    private static final Map<String, String> PRODUCTS = Map.of(
            "arguments", "Arguments", "arg", "Arg", "keyword", "Keyword", "alias", "Alias",
            "withitem", "WithItem", "match_case", "MatchCase", "comprehension", "Comprehension",
            "ExceptHandler", "ExceptHandler", "TypeIgnore", "TypeIgnore");
    private static final List<Class<? extends Enum<?>>> ENUMS =
            List.of(ExprContext.class, Boolop.class, Operator.class, Unaryop.class, Cmpop.class);

    /** Markers for Python's None and Ellipsis, and a pure imaginary literal. */
    private enum Singleton { NONE, ELLIPSIS }

    private record Imaginary(double imag) {
    }

    private final String text;
    private int pos;

    private AstDumpReader(String text) {
        this.text = text;
    }

    static Node read(String dump) {
        AstDumpReader reader = new AstDumpReader(dump.strip());
        Object value = reader.value();
        if (reader.pos != reader.text.length()) {
            throw reader.failure("trailing text");
        }
        return (Node) value;
    }

    private IllegalArgumentException failure(String what) {
        int from = Math.max(0, pos - 30);
        return new IllegalArgumentException(what + " at " + pos + ": ..." + text.substring(from, Math.min(text.length(), pos + 30)));
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw failure("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private Object value() {
        skipSpaces();
        char c = peek();
        if (c == '[') {
            return list();
        }
        if (c == '\'' || c == '"') {
            return string();
        }
        if (c == 'b' && pos + 1 < text.length() && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
            pos++;
            return bytes();
        }
        if (Character.isDigit(c) || c == '-' || c == '(' || text.startsWith("inf", pos)) {
            return number();
        }
        String name = identifier();
        switch (name) {
            case "None":
                return Singleton.NONE;
            case "Ellipsis":
                return Singleton.ELLIPSIS;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            default:
                return node(name);
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            pos++;
        }
        if (start == pos) {
            throw failure("expected a name");
        }
        return text.substring(start, pos);
    }

    private List<Object> list() {
        expect('[');
        List<Object> items = new ArrayList<>();
        skipSpaces();
        if (peek() == ']') {
            pos++;
            return items;
        }
        while (true) {
            items.add(value());
            skipSpaces();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect(']');
            return items;
        }
    }

    private Object node(String name) {
        expect('(');
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    expect(')');
                    return constant;
                }
            }
        }
        Node node = instantiate(name);
        skipSpaces();
        while (peek() != ')') {
            String field = identifier();
            expect('=');
            set(node, field, value());
            skipSpaces();
            if (peek() == ',') {
                pos++;
                skipSpaces();
            }
        }
        expect(')');
        if (node instanceof dev.heapscope.language.ast.Expr.Constant c && c.value == null) {
            c.value = ConstantValue.NONE;
        }
        return node;
    }

    private static Node instantiate(String pythonName) {
        try {
            Class<?> type = null;
            if (PRODUCTS.containsKey(pythonName)) {
                type = Class.forName(PACKAGE + PRODUCTS.get(pythonName));
            } else {
                for (String sum : SUMS) {
                    try {
                        type = Class.forName(PACKAGE + sum + "$" + pythonName);
                        break;
                    } catch (ClassNotFoundException notThisOne) {
                        // try the next sum type
                    }
                }
            }
            if (type == null) {
                throw new IllegalArgumentException("no AST class for " + pythonName);
            }
            Constructor<?> constructor = type.getConstructors()[0];
            Class<?>[] parameters = constructor.getParameterTypes();
            Object[] arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = parameters[i] == int.class ? 0 : null;
            }
            return (Node) constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build " + pythonName, e);
        }
    }

    private static void set(Node node, String pythonField, Object value) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : pythonField.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        try {
            Field field = node.getClass().getField(camel.toString());
            field.set(node, convert(field.getType(), value));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot set " + pythonField + " of " + node.nodeName(), e);
        }
    }

    private static Object convert(Class<?> type, Object value) {
        if (value == Singleton.NONE && type != ConstantValue.class) {
            return null;
        }
        if (type == ConstantValue.class) {
            return constant(value);
        }
        if (type == int.class || type == Integer.class) {
            return ((BigInteger) value).intValueExact();
        }
        if (type == List.class) {
            List<Object> converted = new ArrayList<>();
            for (Object item : (List<?>) value) {
                converted.add(item == Singleton.NONE ? null : item);
            }
            return converted;
        }
        return value;
    }

    private static ConstantValue constant(Object value) {
        if (value == Singleton.NONE) {
            return ConstantValue.NONE;
        }
        if (value == Singleton.ELLIPSIS) {
            return ConstantValue.ELLIPSIS;
        }
        if (value instanceof Boolean b) {
            return b ? ConstantValue.TRUE : ConstantValue.FALSE;
        }
        if (value instanceof BigInteger i) {
            return new ConstantValue.IntValue(i);
        }
        if (value instanceof Double d) {
            return new ConstantValue.FloatValue(d);
        }
        if (value instanceof Imaginary j) {
            return new ConstantValue.ComplexValue(0.0, j.imag());
        }
        if (value instanceof String s) {
            return new ConstantValue.StrValue(s);
        }
        if (value instanceof byte[] b) {
            return new ConstantValue.BytesValue(b);
        }
        throw new IllegalArgumentException("not a constant: " + value);
    }

    private Object number() {
        int start = pos;
        while (pos < text.length() && "0123456789.-+eEjinfa".indexOf(peek()) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (literal.endsWith("j")) {
            return new Imaginary(parseDouble(literal.substring(0, literal.length() - 1)));
        }
        if (literal.contains(".") || literal.contains("e") || literal.contains("inf")) {
            return parseDouble(literal);
        }
        return new BigInteger(literal);
    }

    private static double parseDouble(String literal) {
        return switch (literal) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(literal);
        };
    }

    private String string() {
        char quote = peek();
        pos++;
        StringBuilder out = new StringBuilder();
        while (peek() != quote) {
            char c = peek();
            pos++;
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = peek();
            pos++;
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'x' -> out.appendCodePoint(hex(2));
                case 'u' -> out.appendCodePoint(hex(4));
                case 'U' -> out.appendCodePoint(hex(8));
                default -> out.append(e);
            }
        }
        pos++;
        return out.toString();
    }

    private byte[] bytes() {
        char quote = peek();
        pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (peek() != quote) {
            char c = peek();
            pos++;
            if (c != '\\') {
                out.write(c);
                continue;
            }
            char e = peek();
            pos++;
            switch (e) {
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'x' -> out.write(hex(2));
                default -> out.write(e);
            }
        }
        pos++;
        return out.toByteArray();
    }

    private int hex(int digits) {
        int value = Integer.parseInt(text.substring(pos, pos + digits), 16);
        pos += digits;
        return value;
    }
}
