package dev.heapscope.language.symtable;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's namespace composed from the symbol tables of its top-level statements, each
 * built on its own. CPython resolves every name of a top-level statement's nested blocks
 * within that statement, a name no enclosing function binds going to the module's globals,
 * then builtins; the only thing statements share is the module's namespace. So the module's
 * facts are unions over its statements: a name is a global of the module when some statement
 * binds it there ({@link #boundGlobals}), and a statement's names can resolve differently
 * only when that set gains or loses one of them. This keeps, per name, how many statements
 * bind it and which statements mention it in any block, so replacing some statements tells
 * which names changed ({@link #replace}) and which other statements mention them
 * ({@link #mentioning}), in time proportional to the statements replaced, not the module.
 *
 * <p>Exact for modules without a module-level {@code global} statement (it makes a module
 * name's meaning depend on where the declaration is) and without {@code __future__} features
 * (they change how every statement is built); those are the caller's to exclude.
 * Not thread-safe: one owner updates it.
 *
 * @param <K> the caller's key for a statement, compared by identity
 */
public final class StatementTables<K> {
    /** Per statement: the names it mentions in any block, and those it binds as module globals. */
    private record Entry(Set<String> names, Set<String> globals) {
    }

    private final Map<K, Entry> entries = new IdentityHashMap<>();
    /** For each name some statement binds as a global, how many statements do. */
    private final Map<String, Integer> globalCounts = new HashMap<>();
    private final Set<String> globals = Collections.unmodifiableSet(globalCounts.keySet());
    private final Map<String, Set<K>> mentions = new HashMap<>();

    /**
     * Names the statement's table binds as module globals: names bound at module level (an
     * annotation without a value counts, as does a walrus that {@code global} made global),
     * and names a function declares {@code global} and binds. The union over a module's
     * top-level statements equals the set of the whole module's table.
     */
    public static Set<String> boundGlobals(SymbolTable table) {
        Set<String> out = new HashSet<>();
        collectGlobals(table.module(), out);
        return out;
    }

    private static void collectGlobals(Scope scope, Set<String> out) {
        for (Symbol symbol : scope.symbols().values()) {
            boolean binds = symbol.isBound() || symbol.has(SymbolFlag.DEF_ANNOT);
            if (scope.type() == ScopeType.MODULE
                    ? binds || symbol.has(SymbolFlag.DEF_GLOBAL) && hasBindingOccurrence(symbol)
                    : symbol.scope() == SymbolScope.GLOBAL_EXPLICIT && binds) {
                out.add(symbol.name());
            }
        }
        for (Scope child : scope.children()) {
            collectGlobals(child, out);
        }
    }

    private static boolean hasBindingOccurrence(Symbol symbol) {
        for (Occurrence o : symbol.occurrences()) {
            if (o.kind() != Occurrence.Kind.USE && o.kind() != Occurrence.Kind.GLOBAL_DECLARATION) {
                return true;
            }
        }
        return false;
    }

    /** Every name (as stored, private names mangled) that some block of the table has a symbol for. */
    public static Set<String> names(SymbolTable table) {
        Set<String> out = new HashSet<>();
        collectNames(table.module(), out);
        return out;
    }

    private static void collectNames(Scope scope, Set<String> out) {
        out.addAll(scope.symbols().keySet());
        for (Scope child : scope.children()) {
            collectNames(child, out);
        }
        for (Scope annotation : scope.annotationScopes()) {
            collectNames(annotation, out);
        }
    }

    /**
     * Takes out the {@code removed} statements and puts in the {@code added} ones with their
     * tables (a key may be in both: it is replaced).
     *
     * @return the names that became or stopped being module globals
     */
    public Set<String> replace(Collection<K> removed, Map<K, SymbolTable> added) {
        Map<String, Integer> delta = new HashMap<>();
        for (K key : removed) {
            Entry entry = entries.remove(key);
            if (entry == null) {
                continue;
            }
            for (String name : entry.globals()) {
                delta.merge(name, -1, Integer::sum);
            }
            for (String name : entry.names()) {
                Set<K> keys = mentions.get(name);
                if (keys != null && keys.remove(key) && keys.isEmpty()) {
                    mentions.remove(name);
                }
            }
        }
        for (Map.Entry<K, SymbolTable> add : added.entrySet()) {
            K key = add.getKey();
            Entry entry = new Entry(names(add.getValue()), boundGlobals(add.getValue()));
            Entry old = entries.put(key, entry);
            if (old != null) {
                throw new IllegalArgumentException("statement added twice");
            }
            for (String name : entry.globals()) {
                delta.merge(name, 1, Integer::sum);
            }
            for (String name : entry.names()) {
                mentions.computeIfAbsent(name, n -> Collections.newSetFromMap(new IdentityHashMap<>())).add(key);
            }
        }
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, Integer> change : delta.entrySet()) {
            if (change.getValue() == 0) {
                continue;
            }
            String name = change.getKey();
            int before = globalCounts.getOrDefault(name, 0);
            int after = before + change.getValue();
            if (after == 0) {
                globalCounts.remove(name);
            } else {
                globalCounts.put(name, after);
            }
            if (before == 0 || after == 0) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** The names some statement binds as module globals: a live view. */
    public Set<String> globals() {
        return globals;
    }

    public boolean isGlobal(String name) {
        return globalCounts.containsKey(name);
    }

    /** The statements that mention the name (as stored) in any block, in no particular order: a live view. */
    public Set<K> mentioning(String name) {
        Set<K> keys = mentions.get(name);
        return keys == null ? Set.of() : Collections.unmodifiableSet(keys);
    }

    /** Whether the statement is one of the module's. */
    public boolean contains(K key) {
        return entries.containsKey(key);
    }

    public int size() {
        return entries.size();
    }

    /** The names one statement binds as globals; empty for a statement not held. */
    public Set<String> globalsOf(K key) {
        Entry entry = entries.get(key);
        return entry == null ? Set.of() : Collections.unmodifiableSet(entry.globals());
    }

    /** The names one statement mentions; empty for a statement not held. */
    public Set<String> namesOf(K key) {
        Entry entry = entries.get(key);
        return entry == null ? Set.of() : Collections.unmodifiableSet(entry.names());
    }

    /** Convenience for a caller that keeps its statements in a list. */
    public Set<String> replace(List<K> removed, List<K> added, java.util.function.Function<K, SymbolTable> table) {
        Map<K, SymbolTable> tables = new IdentityHashMap<>();
        for (K key : added) {
            tables.put(key, table.apply(key));
        }
        return replace(removed, tables);
    }
}
