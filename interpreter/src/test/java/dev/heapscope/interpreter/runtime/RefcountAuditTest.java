package dev.heapscope.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs corpus programs with the refcount audit at exit and requires every count to be exact. */
class RefcountAuditTest {
    private static final Path CASES = Path.of("src/test/resources/run/cases");

    @ParameterizedTest
    @ValueSource(strings = {
        "memory/closures_keep_alive",
        "memory/copy_identity",
        "memory/del_finalizer",
        "memory/del_order",
        "memory/exception_keeps_frames",
        "memory/gc_automatic",
        "memory/gc_callbacks_debug",
        "memory/gc_counts",
        "memory/gc_cycles",
        "memory/gc_del_in_cycle",
        "memory/gc_generations",
        "memory/gc_referents",
        "memory/gc_settings",
        "memory/generator_frames",
        "memory/getsizeof_builtins",
        "memory/getsizeof_instances",
        "memory/id_reuse",
        "memory/ids_and_constants",
        "memory/interning_dict_keys",
        "memory/is_vs_eq",
        "memory/list_dict_sizes",
        "memory/mutable_default_memory",
        "memory/refcount_arguments",
        "memory/refcount_attributes",
        "memory/refcount_basics",
        "memory/refcount_classes_functions",
        "memory/refcount_containers",
        "memory/refcount_functions_calls",
        "memory/refcount_loops",
        "memory/small_int_cache",
        "memory/string_interning",
        "memory/weak_collections",
        "memory/weakref_proxy_method",
        "memory/weakrefs",
        "classes/new_and_init", "collections/dict_errors",
        "functions/param_kinds",
        "re/anchors", "re/atomic_possessive", "re/backrefs", "re/backtracking", "re/basics",
        "re/bytes_patterns", "re/char_classes", "re/conditionals", "re/counted_repeats", "re/error_positions",
        "re/errors", "re/escape_cache", "re/findall_finditer", "re/flag_values", "re/inline_flags",
        "re/lazy_quantifiers", "re/long_subjects", "re/lookaround", "re/match_object", "re/named_groups",
        "re/pattern_object", "re/real_world", "re/split", "re/sub_subn", "re/templates", "re/unicode_text",
        "re/verbose"})
    void countsMatchTheRecountAtExit(String name) {
        Path py = CASES.resolve(name + ".py").toAbsolutePath();
        RefcountAudit audit = new RefcountAudit(false);
        Interpreter.runFile(py, new ArrayList<>(), new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream(), new RunOptions(false, false, audit));
        List<String> mismatches = audit.differences();
        assertEquals(List.of(), mismatches, name);
    }
}
