package dev.heapscope.interpreter.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.interpreter.memory.ObjectSizes.StrKind;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/** Every figure compared here was recorded from CPython 3.11 by interpreter/tools/record_sizes.py. */
class ObjectSizesTest {
    private static final String SIZES = "/sizes/";

    @Test
    void intsOfEveryMagnitude() {
        int checked = 0;
        for (String[] row : Recorded.rows(SIZES + "ints.tsv")) {
            long expected = Long.parseLong(row[1]);
            int digits = switch (row[0]) {
                case "True" -> 1;
                case "False" -> 0;
                default -> ObjectSizes.intDigits(new BigInteger(row[0]));
            };
            assertEquals(expected, ObjectSizes.intSize(digits), "getsizeof(" + row[0] + ")");
            if (row[0].length() < 18 && Character.isDigit(row[0].charAt(row[0].length() - 1))) {
                assertEquals(digits, ObjectSizes.intDigits(Long.parseLong(row[0])), row[0]);
            }
            checked++;
        }
        assertTrue(checked > 1000);
    }

    @Test
    void stringsOfEachKindAndLength() {
        for (String[] row : Recorded.rows(SIZES + "strs.tsv")) {
            StrKind kind = StrKind.valueOf(row[0].toUpperCase());
            assertEquals(Long.parseLong(row[2]), ObjectSizes.strSize(kind, Integer.parseInt(row[1])),
                    row[0] + " str of length " + row[1]);
        }
        assertEquals(StrKind.LATIN1, StrKind.of(0xe9));
        assertEquals(StrKind.UCS4, StrKind.of(0x10000));
    }

    @Test
    void bytesAndTuples() {
        for (long[] point : Recorded.series(SIZES + "sequences.tsv", "bytes")) {
            assertEquals(point[1], ObjectSizes.bytesSize((int) point[0]), "bytes of length " + point[0]);
        }
        for (long[] point : Recorded.series(SIZES + "sequences.tsv", "tuple")) {
            assertEquals(point[1], ObjectSizes.tupleSize((int) point[0]), "tuple of length " + point[0]);
        }
    }

    @Test
    void bytearrayBuffers() {
        for (String construction : List.of("bytearray_from_bytes", "bytearray_zeroed")) {
            for (long[] point : Recorded.series(SIZES + "sequences.tsv", construction)) {
                long alloc = ObjectSizes.bytearrayResize(0, 0, point[0]);
                assertEquals(point[1], ObjectSizes.bytearraySize(alloc), construction + " " + point[0]);
            }
        }
        long alloc = 0;
        for (long[] point : Recorded.series(SIZES + "sequences.tsv", "bytearray_append")) {
            if (point[0] > 0) {
                alloc = ObjectSizes.bytearrayResize(alloc, point[0] - 1, point[0]);
            }
            assertEquals(point[1], ObjectSizes.bytearraySize(alloc), "after " + point[0] + " appends");
        }
    }

    @Test
    void listGrowsByAppendAndShrinksByPop() {
        long allocated = 0;
        for (long[] point : Recorded.series(SIZES + "lists.tsv", "append")) {
            if (point[0] > 0) {
                allocated = ObjectSizes.listResize(allocated, point[0] - 1, point[0]);
            }
            assertEquals(point[1], ObjectSizes.listSize(allocated), "after " + point[0] + " appends");
            assertEquals(allocated, ObjectSizes.listCapacityAfterAppends(point[0]));
        }
        for (long[] point : Recorded.series(SIZES + "lists.tsv", "pop")) {
            allocated = ObjectSizes.listResize(allocated, point[0] + 1, point[0]);
            assertEquals(point[1], ObjectSizes.listSize(allocated), "popped down to " + point[0]);
        }
    }

    @Test
    void listConstructions() {
        LongUnaryOperator exact = n -> n;
        LongUnaryOperator reserved = ObjectSizes::listPreallocateExact;
        LongUnaryOperator appended = ObjectSizes::listCapacityAfterAppends;
        checkList("literal_const", n -> n <= 2 ? n : reserved.applyAsLong(n));
        checkList("literal_names", n -> n <= 30 ? n : appended.applyAsLong(n));
        checkList("list_range", reserved);
        checkList("list_list", reserved);
        checkList("list_iter", reserved);
        checkList("repeat", exact);
        checkList("slice", exact);
        checkList("comprehension", appended);
        checkList("sorted", reserved);
        for (int step : new int[] {1, 2, 3, 5, 8, 13}) {
            long allocated = 0;
            for (long[] point : Recorded.series(SIZES + "lists.tsv", "extend_by_" + step)) {
                allocated = ObjectSizes.listExtendCapacity(point[0] > step, allocated, point[0] - step, step);
                assertEquals(point[1], ObjectSizes.listSize(allocated), "extend by " + step + " to " + point[0]);
            }
        }
    }

    private static void checkList(String construction, LongUnaryOperator capacity) {
        for (long[] point : Recorded.series(SIZES + "lists.tsv", construction)) {
            assertEquals(point[1], ObjectSizes.listSize(capacity.applyAsLong(point[0])),
                    construction + " of " + point[0]);
        }
    }

    @Test
    void dictGrowsOnInsert() {
        for (String kind : List.of("str", "int")) {
            DictTableShape dict = new DictTableShape();
            for (long[] point : Recorded.series(SIZES + "dicts.tsv", "insert_" + kind)) {
                if (point[0] > 0) {
                    dict.insertNew(kind.equals("str"));
                }
                assertEquals(point[1], dict.getsizeof(), kind + " keys, after " + point[0] + " inserts");
            }
        }
    }

    @Test
    void dictChurnAndConversion() {
        DictTableShape churn = new DictTableShape();
        churn.insertNew(true);
        for (long[] point : Recorded.series(SIZES + "dicts.tsv", "churn_str")) {
            churn.insertNew(true);
            churn.delete();
            assertEquals(point[1], churn.getsizeof(), "after " + point[0] + " insert/delete pairs");
        }
        for (long[] point : Recorded.series(SIZES + "dicts.tsv", "str_then_int")) {
            DictTableShape dict = comprehension(point[0], true);
            dict.insertNew(false);
            assertEquals(point[1], dict.getsizeof(), point[0] + " str keys then an int key");
        }
    }

    private static DictTableShape comprehension(long n, boolean strKeys) {
        DictTableShape dict = new DictTableShape();
        for (long i = 0; i < n; i++) {
            dict.insertNew(strKeys);
        }
        return dict;
    }

    /**
     * Dict displays as CPython 3.11 compiles them: up to 16 items in one
     * BUILD_MAP / BUILD_CONST_KEY_MAP (presized), longer displays in chunks of
     * 17 built by BUILD_MAP 0 + MAP_ADD, merged with DICT_UPDATE.
     */
    @Test
    void dictDisplays() {
        for (String construction : List.of("literal_const_str", "literal_const_int", "literal_names_str")) {
            boolean str = !construction.contains("int");
            for (long[] point : Recorded.series(SIZES + "dicts.tsv", construction)) {
                long n = point[0];
                DictTableShape dict = null;
                long start = 0;
                while (start < n || dict == null) {
                    long chunk = Math.min(n - start, 17);
                    boolean lastPartial = start + chunk == n && (chunk < 17 || n - start == 16);
                    DictTableShape part;
                    if (n - start <= 16) {
                        chunk = n - start;
                        part = DictTableShape.presized(chunk, str);
                        for (long i = 0; i < chunk; i++) {
                            part.insertNew(str);
                        }
                    } else {
                        part = comprehension(chunk, str);
                    }
                    assertTrue(lastPartial || chunk == 17);
                    if (dict == null) {
                        dict = part;
                    } else {
                        dict.mergeNewKeys(part, str);
                    }
                    start += chunk;
                }
                assertEquals(point[1], dict.getsizeof(), construction + " of " + n);
            }
        }
    }

    @Test
    void instanceDictsShareKeys() {
        for (long[] point : Recorded.series(SIZES + "instance_dicts.tsv", "first_instance")) {
            ObjectSizes.SharedKeys keys = new ObjectSizes.SharedKeys();
            int size = keys.instanceCreated();
            for (int i = 0; i < point[0]; i++) {
                keys.addName("a" + i);
            }
            if (point[0] < 30) {
                assertEquals(point[1], ObjectSizes.splitDictSize(size), point[0] + " attributes, first instance");
            }
        }
        for (long[] point : Recorded.series(SIZES + "instance_dicts.tsv", "after_41_instances")) {
            ObjectSizes.SharedKeys keys = new ObjectSizes.SharedKeys();
            keys.instanceCreated();
            for (int i = 0; i < point[0]; i++) {
                keys.addName("a" + i);
            }
            int size = 0;
            for (int i = 0; i < 41; i++) {
                size = keys.instanceCreated();
            }
            if (point[0] < 30) {
                assertEquals(point[1], ObjectSizes.splitDictSize(size), point[0] + " attributes, 42nd instance");
            }
        }
    }

    @Test
    void setsGrowOnAddAndMerge() {
        long table = ObjectSizes.SET_MINSIZE;
        long used = 0;
        for (long[] point : Recorded.series(SIZES + "sets.tsv", "add_int")) {
            if (point[0] > 0) {
                used++;
                if (ObjectSizes.setNeedsResize(used, table)) {
                    table = ObjectSizes.setGrowthTarget(used);
                }
            }
            assertEquals(point[1], ObjectSizes.setSize(table), "after " + point[0] + " adds");
        }
        for (String construction : List.of("literal_names", "set_range", "frozenset_range")) {
            for (long[] point : Recorded.series(SIZES + "sets.tsv", construction)) {
                assertEquals(point[1], ObjectSizes.setSize(tableAfterAdds(point[0])), construction + " " + point[0]);
            }
        }
        for (long[] point : Recorded.series(SIZES + "sets.tsv", "literal_const")) {
            long n = point[0];
            long size = n <= 2 ? tableAfterAdds(n) : ObjectSizes.setMergeTarget(ObjectSizes.SET_MINSIZE, 0, 0, n);
            assertEquals(point[1], ObjectSizes.setSize(size), "constant set display of " + n);
        }
        for (long[] point : Recorded.series(SIZES + "sets.tsv", "set_set")) {
            long size = ObjectSizes.setMergeTarget(ObjectSizes.SET_MINSIZE, 0, 0, point[0]);
            assertEquals(point[1], ObjectSizes.setSize(size), "set(set) of " + point[0]);
        }
    }

    private static long tableAfterAdds(long n) {
        long table = ObjectSizes.SET_MINSIZE;
        for (long used = 1; used <= n; used++) {
            if (ObjectSizes.setNeedsResize(used, table)) {
                table = ObjectSizes.setGrowthTarget(used);
            }
        }
        return table;
    }

    @Test
    void codeFramesAndGenerators() {
        for (String[] row : Recorded.rows(SIZES + "code_shapes.tsv")) {
            int nlocalsplus = Integer.parseInt(row[0]);
            int stack = Integer.parseInt(row[1]);
            assertEquals(Long.parseLong(row[3]), ObjectSizes.codeSize(Integer.parseInt(row[2])), "code " + String.join(",", row));
            assertEquals(Long.parseLong(row[4]), ObjectSizes.frameSize(nlocalsplus, stack), "frame " + String.join(",", row));
            assertEquals(Long.parseLong(row[6]), ObjectSizes.generatorSize(nlocalsplus, Integer.parseInt(row[5])),
                    "generator " + String.join(",", row));
        }
    }

    @Test
    void otherObjects() {
        Map<String, Long> size = Recorded.named(SIZES + "misc.tsv");
        assertEquals(size.get("None"), ObjectSizes.BARE_OBJECT_SIZE);
        assertEquals(size.get("object"), ObjectSizes.BARE_OBJECT_SIZE);
        assertEquals(size.get("Ellipsis"), ObjectSizes.BARE_OBJECT_SIZE);
        assertEquals(size.get("float"), ObjectSizes.FLOAT_SIZE);
        assertEquals(size.get("complex"), ObjectSizes.COMPLEX_SIZE);
        assertEquals(size.get("empty_tuple"), ObjectSizes.tupleSize(0));
        assertEquals(size.get("empty_str"), ObjectSizes.strSize(StrKind.ASCII, 0));
        assertEquals(size.get("empty_bytes"), ObjectSizes.bytesSize(0));
        assertEquals(size.get("empty_frozenset"), ObjectSizes.setSize(8));
        assertEquals(size.get("empty_set"), ObjectSizes.setSize(8));
        assertEquals(size.get("empty_list"), ObjectSizes.listSize(0));
        assertEquals(size.get("empty_dict"), new DictTableShape().getsizeof());
        assertEquals(size.get("range"), ObjectSizes.RANGE_SIZE);
        assertEquals(size.get("range_big"), ObjectSizes.RANGE_SIZE);
        assertEquals(size.get("slice"), ObjectSizes.SLICE_SIZE);
        assertEquals(size.get("function"), ObjectSizes.FUNCTION_SIZE);
        assertEquals(size.get("closure"), ObjectSizes.FUNCTION_SIZE);
        assertEquals(size.get("cell"), ObjectSizes.CELL_SIZE);
        assertEquals(size.get("bound_method"), ObjectSizes.METHOD_SIZE);
        assertEquals(size.get("method_wrapper"), ObjectSizes.METHOD_WRAPPER_SIZE);
        assertEquals(size.get("builtin_method"), ObjectSizes.BUILTIN_METHOD_SIZE);
        assertEquals(size.get("builtin_function"), ObjectSizes.BUILTIN_METHOD_SIZE);
        assertEquals(size.get("module"), ObjectSizes.MODULE_SIZE);
        assertEquals(size.get("property"), ObjectSizes.PROPERTY_SIZE);
        assertEquals(size.get("staticmethod"), ObjectSizes.STATICMETHOD_SIZE);
        assertEquals(size.get("classmethod"), ObjectSizes.STATICMETHOD_SIZE);
        assertEquals(size.get("weakref"), ObjectSizes.WEAKREF_SIZE);
        assertEquals(size.get("type_int"), ObjectSizes.STATIC_TYPE_SIZE);
        assertEquals(size.get("type_object"), ObjectSizes.STATIC_TYPE_SIZE);
        assertEquals(size.get("type_plain"), ObjectSizes.heapTypeSize(true));
        assertEquals(size.get("type_slots1"), ObjectSizes.heapTypeSize(false));
        assertEquals(size.get("code_function"), ObjectSizes.codeSize(3));
        assertEquals(size.get("instance_plain"), ObjectSizes.instanceSize(0, true, true));
        assertEquals(size.get("instance_slots0"), ObjectSizes.instanceSize(0, false, false));
        assertEquals(size.get("instance_slots1"), ObjectSizes.instanceSize(1, false, false));
        assertEquals(size.get("instance_slots3"), ObjectSizes.instanceSize(3, false, false));
        assertEquals(size.get("instance_slots_weakref"), ObjectSizes.instanceSize(1, false, true));
        assertEquals(size.get("instance_slots_dict"), ObjectSizes.instanceSize(1, true, false));
        assertEquals(size.get("instance_slots_dict_weakref"), ObjectSizes.instanceSize(1, true, true));
        assertEquals(size.get("instance_int_sub_0"), ObjectSizes.intSubclassSize(0));
        assertEquals(size.get("instance_int_sub_1"), ObjectSizes.intSubclassSize(1));
        assertEquals(size.get("instance_int_sub_2_30"), ObjectSizes.intSubclassSize(2));
    }

    @Test
    void allocationRequests() {
        Map<String, Long> request = Recorded.named(SIZES + "requests.tsv");
        assertEquals(request.get("object"), ObjectSizes.BARE_OBJECT_SIZE);
        assertEquals(request.get("float"), ObjectSizes.FLOAT_SIZE);
        assertEquals(request.get("complex"), ObjectSizes.COMPLEX_SIZE);
        assertEquals(request.get("empty_list"), ObjectSizes.LIST_OBJECT_REQUEST);
        assertEquals(request.get("list_3_names"), ObjectSizes.LIST_OBJECT_REQUEST + ObjectSizes.listItemsRequest(3));
        assertEquals(request.get("empty_dict"), ObjectSizes.DICT_OBJECT_REQUEST);
        DictTableShape oneStr = DictTableShape.presized(1, true);
        oneStr.insertNew(true);
        assertEquals(request.get("dict_1_str"), ObjectSizes.DICT_OBJECT_REQUEST + oneStr.keysRequest());
        DictTableShape oneInt = DictTableShape.presized(1, false);
        oneInt.insertNew(false);
        assertEquals(request.get("dict_1_int"), ObjectSizes.DICT_OBJECT_REQUEST + oneInt.keysRequest());
        assertEquals(request.get("empty_set"), ObjectSizes.SET_OBJECT_REQUEST + ObjectSizes.setTableRequest(8));
        assertEquals(request.get("set_1"), ObjectSizes.SET_OBJECT_REQUEST);
        assertEquals(request.get("slice"), ObjectSizes.SLICE_SIZE);
        // range(1000) also makes the int 1000 (0 and 1 are cached small ints).
        assertEquals(request.get("range"), ObjectSizes.RANGE_SIZE + ObjectSizes.INT_MEDIUM_REQUEST);
        assertEquals(request.get("cell"), ObjectSizes.CELL_SIZE);
        assertEquals(request.get("closure_function"), ObjectSizes.FUNCTION_SIZE);
        assertEquals(request.get("generator"), ObjectSizes.generatorSize(0, 1));
        // Plain().__init__: the instance (values array of one slot after many instances) and the method.
        long plain = ObjectSizes.instanceSize(0, true, true) + ObjectSizes.instanceValuesRequest(1);
        assertEquals(request.get("instance_plain"), plain);
        assertEquals(request.get("bound_method"), ObjectSizes.METHOD_SIZE);
        // Three attributes set in __init__: 3 entries, usable down to 1.
        assertEquals(request.get("instance_attrs3"),
                ObjectSizes.instanceSize(0, true, true) + ObjectSizes.instanceValuesRequest(4));
        assertEquals(request.get("instance_slots1"), ObjectSizes.instanceSize(1, false, false));
        // v + 1 with v a one-digit int is a machine-sized addition; longer ints get one spare digit.
        assertEquals(request.get("int_digits_1"), ObjectSizes.INT_MEDIUM_REQUEST);
        for (int digits = 2; digits <= 7; digits++) {
            assertEquals(request.get("int_digits_" + digits), ObjectSizes.intRequest(digits + 1), digits + " digits");
        }
        for (StrKind kind : StrKind.values()) {
            for (int n : new int[] {2, 10, 100}) {
                assertEquals(request.get("str_" + kind.name().toLowerCase() + "_" + n), ObjectSizes.strSize(kind, n));
            }
        }
        assertEquals(0, request.get("bytes_0"), "one-byte bytes are cached");
        for (int n : new int[] {9, 99, 599}) {
            assertEquals(request.get("bytes_" + n), ObjectSizes.bytesSize(n + 1));
        }
        for (int n : new int[] {1, 2, 3, 10, 25}) {
            assertEquals(request.get("tuple_" + n), ObjectSizes.tupleSize(n));
        }
    }
}
