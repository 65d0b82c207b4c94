package dev.heapscope.interpreter.memory;

/**
 * The shape of one dict's combined keys table as CPython 3.11 evolves it:
 * slots (a power of two, or none: the shared empty table of a new dict),
 * whether all keys are exact str (16-byte entries) or not (24-byte entries),
 * entries used so far (deleted ones included: they are not reused) and live
 * items. The runtime keeps one per dict and calls the operation the dict
 * performs; {@link #getsizeof()} and {@link #keysRequest()} then give
 * CPython's figures, and {@link #resized()} says whether the last operation
 * allocated a new keys table (the old one is freed).
 *
 * <p>Mutable, primitive fields only; no dependency on the object model.
 */
public final class DictTableShape {
    private int log2Size = -1;
    private boolean unicode = true;
    private long usable;
    private long entries;
    private long used;
    private boolean resized;

    /** A new empty dict ({@code {}}, {@code dict()}): no table of its own yet. */
    public DictTableShape() {
    }

    /**
     * A dict built for {@code n} items at once (dict literals, i.e. BUILD_MAP n
     * and BUILD_CONST_KEY_MAP): presized by {@link ObjectSizes#dictPresizeLog2}.
     * The items still have to be inserted with {@link #insertNew}.
     */
    public static DictTableShape presized(long n, boolean allKeysStr) {
        DictTableShape shape = new DictTableShape();
        int log2 = ObjectSizes.dictPresizeLog2(n);
        if (log2 >= 0) {
            shape.newTable(log2, allKeysStr);
        }
        return shape;
    }

    /**
     * Inserts a key that is not yet in the dict. A key that is not an exact
     * str turns a str-keys table into a general one (a resize, even if there
     * was room); a full table resizes to {@link ObjectSizes#dictGrowthLog2}
     * of the live items; the first key of an empty dict makes an 8-slot table.
     */
    public void insertNew(boolean exactStrKey) {
        resized = false;
        if (log2Size < 0) {
            newTable(ObjectSizes.DICT_LOG2_MINSIZE, exactStrKey);
        } else {
            if (unicode && !exactStrKey) {
                resize(ObjectSizes.dictGrowthLog2(used), false);
            }
            if (usable <= 0) {
                resize(ObjectSizes.dictGrowthLog2(used), true);
            }
        }
        usable--;
        entries++;
        used++;
    }

    /**
     * Replaces the value of an existing key. Still converts a str-keys table
     * when the key used is not an exact str (CPython checks the key's type
     * before looking it up).
     */
    public void replaceExisting(boolean exactStrKey) {
        resized = false;
        if (log2Size >= 0 && unicode && !exactStrKey) {
            resize(ObjectSizes.dictGrowthLog2(used), false);
        }
    }

    /** Deletes a key: its entry stays used (a dummy) until the next resize. */
    public void delete() {
        resized = false;
        used--;
    }

    /**
     * Merges {@code other} into this dict, all of whose keys are new (dict
     * update, {@code {**a}}, DICT_UPDATE of literal chunks): if this dict is
     * empty and other's table is clean (no deleted entries) and either the
     * minimum size or more than a third full, the table is cloned; otherwise
     * one resize up front when other's items exceed this table's capacity,
     * then one insertion per item.
     */
    public void mergeNewKeys(DictTableShape other, boolean otherKeysAllStr) {
        resized = false;
        if (other.used == 0) {
            return;
        }
        if (used == 0 && other.log2Size >= 0 && other.used == other.entries
                && (other.log2Size == ObjectSizes.DICT_LOG2_MINSIZE
                        || ObjectSizes.dictUsable((1L << other.log2Size) / 2) < other.used)) {
            log2Size = other.log2Size;
            unicode = other.unicode;
            usable = other.usable;
            entries = other.entries;
            used = other.used;
            resized = true;
            return;
        }
        long capacity = log2Size < 0 ? 0 : ObjectSizes.dictUsable(1L << log2Size);
        if (capacity < other.used) {
            resize(ObjectSizes.dictLog2ForSlots(((used + other.used) * 3 + 1) >> 1), other.unicode);
        }
        boolean anyResize = resized;
        for (long i = 0; i < other.used; i++) {
            insertNew(otherKeysAllStr);
            anyResize |= resized;
        }
        resized = anyResize;
    }

    /** getsizeof of the dict. */
    public long getsizeof() {
        return ObjectSizes.dictSize(log2Size, unicode);
    }

    /** Request of the keys table, 0 while the dict uses the shared empty table. */
    public long keysRequest() {
        return log2Size < 0 ? 0 : ObjectSizes.dictKeysSize(log2Size, unicode);
    }

    /** Whether the last operation allocated a new keys table. */
    public boolean resized() {
        return resized;
    }

    /** log2 of the table's slots, -1 for the shared empty table. */
    public int log2Size() {
        return log2Size;
    }

    /** Whether the table has 16-byte str-key entries. */
    public boolean unicodeKeys() {
        return unicode;
    }

    /** Entries still free before the next resize. */
    public long usable() {
        return usable;
    }

    /** Entries used, deleted ones included (dk_nentries). */
    public long entries() {
        return entries;
    }

    /** Live items. */
    public long size() {
        return used;
    }

    private void newTable(int log2, boolean unicodeKeys) {
        log2Size = log2;
        unicode = unicodeKeys;
        usable = ObjectSizes.dictUsable(1L << log2);
        entries = 0;
        resized = true;
    }

    /** dictresize: live items move to a fresh table; deleted entries are dropped. A general table stays general. */
    private void resize(int log2, boolean unicodeKeys) {
        boolean keepUnicode = unicodeKeys && (log2Size < 0 || unicode);
        newTable(log2, keepUnicode);
        usable -= used;
        entries = used;
    }
}
