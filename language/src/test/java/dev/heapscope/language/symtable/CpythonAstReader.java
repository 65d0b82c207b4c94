package dev.heapscope.language.symtable;

import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.Node;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds our AST classes from CPython's own tree as {@code cpython_tables.py} writes it,
 * so the symbol table can be checked against CPython independently of our parser. Each
 * node is [ClassName, [fields in _fields order], [lineno, col, end_lineno, end_col]]; the
 * generated constructors take exactly those arguments in that order. Test support only.
 */
final class CpythonAstReader {
    private static final String PACKAGE = "dev.heapscope.language.ast.";
    private static final String[] SUMS = {"Mod", "Stmt", "Expr", "Pattern"};
    private static final Map<String, String> PRODUCTS = Map.of(
            "arguments", "Arguments", "arg", "Arg", "keyword", "Keyword", "alias", "Alias",
            "withitem", "WithItem", "match_case", "MatchCase", "comprehension", "Comprehension",
            "ExceptHandler", "ExceptHandler", "TypeIgnore", "TypeIgnore");

    private final Map<String, Constructor<?>> constructors = new HashMap<>();

    static Node read(String json) {
        return (Node) new CpythonAstReader().convert(MiniJson.parse(json), Node.class);
    }

    private Constructor<?> constructorFor(String pythonName) {
        return constructors.computeIfAbsent(pythonName, name -> {
            try {
                Class<?> type = null;
                if (PRODUCTS.containsKey(name)) {
                    type = Class.forName(PACKAGE + PRODUCTS.get(name));
                } else {
                    for (String sum : SUMS) {
                        try {
                            type = Class.forName(PACKAGE + sum + "$" + name);
                            break;
                        } catch (ClassNotFoundException notThisOne) {
                            // try the next sum type
                        }
                    }
                }
                if (type == null) {
                    throw new IllegalArgumentException("no AST class for " + name);
                }
                return type.getConstructors()[0];
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("no AST class for " + name, e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private Object convert(Object json, Type target) {
        if (json == null) {
            return null;
        }
        Class<?> raw = target instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) target;
        if (raw == List.class) {
            Type element = ((ParameterizedType) target).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (Object item : (List<Object>) json) {
                items.add(convert(item, element));
            }
            return items;
        }
        if (raw == String.class) {
            return json;
        }
        if (raw == int.class || raw == Integer.class) {
            return ((Long) json).intValue();
        }
        if (raw.isEnum()) {
            return enumValue(raw, (String) json);
        }
        if (raw == ConstantValue.class) {
            return constant((List<Object>) json);
        }
        return node((List<Object>) json);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    @SuppressWarnings("unchecked")
    private Node node(List<Object> json) {
        Constructor<?> constructor = constructorFor((String) json.get(0));
        List<Object> fields = (List<Object>) json.get(1);
        Type[] parameters = constructor.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < fields.size(); i++) {
            arguments[i] = convert(fields.get(i), parameters[i]);
        }
        if (json.size() > 2) {
            List<Object> location = (List<Object>) json.get(2);
            for (int i = 0; i < 4; i++) {
                arguments[fields.size() + i] = ((Long) location.get(i)).intValue();
            }
        }
        try {
            return (Node) constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + json.get(0), e);
        }
    }

    private static ConstantValue constant(List<Object> json) {
        String kind = (String) json.get(0);
        switch (kind) {
            case "None":
                return ConstantValue.NONE;
            case "Ellipsis":
                return ConstantValue.ELLIPSIS;
            case "bool":
                return (Boolean) json.get(1) ? ConstantValue.TRUE : ConstantValue.FALSE;
            case "int":
                return new ConstantValue.IntValue(new BigInteger((String) json.get(1)));
            case "float":
                return new ConstantValue.FloatValue(hexFloat((String) json.get(1)));
            case "complex":
                return new ConstantValue.ComplexValue(hexFloat((String) json.get(1)), hexFloat((String) json.get(2)));
            case "str":
                return new ConstantValue.StrValue((String) json.get(1));
            case "bytes":
                return new ConstantValue.BytesValue(((String) json.get(1)).getBytes(StandardCharsets.ISO_8859_1));
            default:
                throw new IllegalArgumentException("unknown constant kind " + kind);
        }
    }

    /** Python's float.hex(): inf, -inf, nan, or a hexadecimal literal Java reads with a 'p' exponent. */
    private static double hexFloat(String hex) {
        switch (hex) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                return Double.parseDouble(hex);
        }
    }
}
