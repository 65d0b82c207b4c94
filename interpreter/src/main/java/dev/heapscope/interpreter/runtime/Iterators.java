package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;

/** The iterators of builtin containers, written in Java so a for loop never throws StopIteration. */
public final class Iterators {
    private Iterators() {
    }

    /** An iterator implemented in Java; {@link #next} returns null when exhausted. */
    public abstract static class JavaIterator extends PyObject {
        protected JavaIterator(PyType type) {
            super(type);
        }

        /** The next item as a new reference, or null at the end. */
        public abstract PyObject next();

        /** __length_hint__: the items left, or -1 when the iterator cannot tell. */
        public long lengthHint() {
            return -1;
        }

        /**
         * __reduce__'s value, given the builtin iter (and reversed) to name as the callable,
         * or null when this iterator has none.
         */
        public PyObject reduce(PyObject iter, PyObject reversed) {
            return null;
        }

        /** (callable, (argument,)) or, with an index, (callable, (argument,), index): owned parts. */
        protected static PyObject reduction(PyObject callable, PyObject argument, long index) {
            PyObject args = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {argument}));
            PyObject[] parts = index < 0 ? new PyObject[] {incref(callable), args}
                    : new PyObject[] {incref(callable), args, Types.newInt(index)};
            return Heap.allocate(new PyTuple(Types.TUPLE, parts));
        }

        /** The object iterated over, released when the iterator is exhausted or freed. */
        protected PyObject source;

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (source != null) {
                visitor.visit(source);
            }
        }

        @Override
        public void clear() {
            PyObject s = source;
            source = null;
            if (s != null) {
                decref(s);
            }
        }

        @Override
        public long allocationRequest() {
            return 48;
        }
    }

    public static final PyType LIST_ITERATOR = Types.builtin("list_iterator", Types.OBJECT);
    public static final PyType TUPLE_ITERATOR = Types.builtin("tuple_iterator", Types.OBJECT);
    public static final PyType LIST_REVERSE_ITERATOR = Types.builtin("list_reverseiterator", Types.OBJECT);
    /** CPython 3.11 iterates a str that is all ASCII with its own, faster iterator type. */
    public static final PyType STR_ITERATOR = Types.builtin("str_ascii_iterator", Types.OBJECT);
    public static final PyType STR_NONASCII_ITERATOR = Types.builtin("str_iterator", Types.OBJECT);
    public static final PyType DICT_REVERSE_KEY_ITERATOR = Types.builtin("dict_reversekeyiterator", Types.OBJECT);
    public static final PyType DICT_REVERSE_VALUE_ITERATOR = Types.builtin("dict_reversevalueiterator", Types.OBJECT);
    public static final PyType DICT_REVERSE_ITEM_ITERATOR = Types.builtin("dict_reverseitemiterator", Types.OBJECT);
    public static final PyType DICT_KEY_ITERATOR = Types.builtin("dict_keyiterator", Types.OBJECT);
    public static final PyType DICT_VALUE_ITERATOR = Types.builtin("dict_valueiterator", Types.OBJECT);
    public static final PyType DICT_ITEM_ITERATOR = Types.builtin("dict_itemiterator", Types.OBJECT);
    public static final PyType SEQ_ITERATOR = Types.builtin("iterator", Types.OBJECT);

    public static PyObject listIterator(PyList list) {
        return Heap.allocate(new ListIterator(list));
    }

    static final class ListIterator extends JavaIterator {
        private int index;

        ListIterator(PyList list) {
            super(LIST_ITERATOR);
            source = incref(list);
        }

        @Override
        public PyObject reduce(PyObject iter, PyObject reversed) {
            return source == null ? reduction(iter, Heap.allocate(new PyList(Types.LIST)), -1)
                    : reduction(iter, incref(source), index);
        }

        @Override
        public long lengthHint() {
            return source == null ? 0 : Math.max(0, ((PyList) source).size - index);
        }

        @Override
        public PyObject next() {
            PyList l = (PyList) source;
            if (l == null) {
                return null;
            }
            if (index < l.size) {
                return incref(l.items[index++]);
            }
            clear();
            return null;
        }
    }

    public static PyObject listReverseIterator(PyList list) {
        return Heap.allocate(new ListReverseIterator(list));
    }

    /** listreviter: walks the list itself from its end; a list that shrank meanwhile ends it. */
    static final class ListReverseIterator extends JavaIterator {
        private int index;

        ListReverseIterator(PyList list) {
            super(LIST_REVERSE_ITERATOR);
            source = incref(list);
            index = list.size - 1;
        }

        @Override
        public long lengthHint() {
            long n = index + 1L;
            return source == null || ((PyList) source).size < n ? 0 : n;
        }

        @Override
        public PyObject reduce(PyObject iter, PyObject reversed) {
            return source == null ? reduction(iter, Heap.allocate(new PyList(Types.LIST)), -1)
                    : reduction(reversed, incref(source), index);
        }

        @Override
        public PyObject next() {
            PyList l = (PyList) source;
            if (l == null) {
                return null;
            }
            if (index >= 0 && index < l.size) {
                return incref(l.items[index--]);
            }
            index = -1;
            clear();
            return null;
        }
    }

    public static PyObject tupleIterator(PyTuple tuple) {
        return Heap.allocate(new TupleIterator(tuple));
    }

    static final class TupleIterator extends JavaIterator {
        private int index;

        TupleIterator(PyTuple t) {
            super(TUPLE_ITERATOR);
            source = incref(t);
        }

        @Override
        public PyObject reduce(PyObject iter, PyObject reversed) {
            return source == null ? reduction(iter, incref(Types.EMPTY_TUPLE), -1) : reduction(iter, incref(source), index);
        }

        @Override
        public long lengthHint() {
            return source == null ? 0 : ((PyTuple) source).items.length - index;
        }

        @Override
        public PyObject next() {
            PyTuple t = (PyTuple) source;
            if (t == null) {
                return null;
            }
            if (index < t.items.length) {
                return incref(t.items[index++]);
            }
            clear();
            return null;
        }
    }

    public static PyObject strIterator(PyStr s) {
        return Heap.allocate(new StrIterator(s));
    }

    static final class StrIterator extends JavaIterator {
        private int index;

        StrIterator(PyStr s) {
            super(s.isAscii() ? STR_ITERATOR : STR_NONASCII_ITERATOR);
            source = incref(s);
        }

        @Override
        public PyObject reduce(PyObject iter, PyObject reversed) {
            return source == null ? reduction(iter, incref(Types.EMPTY_STR), -1) : reduction(iter, incref(source), index);
        }

        @Override
        public long lengthHint() {
            return source == null ? 0 : ((PyStr) source).length - index;
        }

        @Override
        public PyObject next() {
            PyStr s = (PyStr) source;
            if (s == null) {
                return null;
            }
            if (index < s.length) {
                return Types.newStrOfCodePoint(s.codePointAt(index++));
            }
            clear();
            return null;
        }
    }

    /** What a dict iterator yields. */
    public enum DictPart { KEYS, VALUES, ITEMS }

    /** Entry i of d as a dict iterator of {@code part} yields it: a new reference. */
    static PyObject entry(PyDict d, int i, DictPart part) {
        return switch (part) {
            case KEYS -> incref(d.keyAt(i));
            case VALUES -> incref(d.valueAt(i));
            default -> Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(d.keyAt(i)), incref(d.valueAt(i))}));
        };
    }

    public static PyObject dictIterator(PyDict d, DictPart part) {
        return Heap.allocate(new DictIterator(d, part));
    }

    static final class DictIterator extends JavaIterator {
        private final DictPart part;
        private int index;
        private final int initialSize;

        DictIterator(PyDict d, DictPart part) {
            super(part == DictPart.KEYS ? DICT_KEY_ITERATOR : part == DictPart.VALUES ? DICT_VALUE_ITERATOR
                    : DICT_ITEM_ITERATOR);
            this.part = part;
            source = incref(d);
            initialSize = d.size();
        }

        @Override
        public PyObject reduce(PyObject iter, PyObject reversed) {
            PyList rest = Heap.allocate(new PyList(Types.LIST));
            PyDict d = (PyDict) source;
            for (int i = index; d != null && i < d.entryLimit(); i++) {
                if (d.keyAt(i) != null) {
                    rest.appendOwned(entry(d, i, part));
                }
            }
            return reduction(iter, rest, -1);
        }

        /** dictiter_len: the items not yet returned, counted from the size when iteration began. */
        private int returned;

        @Override
        public long lengthHint() {
            return source == null ? 0 : Math.max(0, initialSize - returned);
        }

        @Override
        public PyObject next() {
            PyDict d = (PyDict) source;
            if (d == null) {
                return null;
            }
            if (d.size() != initialSize) {
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            while (index < d.entryLimit()) {
                int i = index++;
                PyObject k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                returned++;
                switch (part) {
                    case KEYS:
                        return incref(k);
                    case VALUES:
                        return incref(d.valueAt(i));
                    default:
                        return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(k), incref(d.valueAt(i))}));
                }
            }
            clear();
            return null;
        }
    }

    public static PyObject dictReverseIterator(PyDict d, DictPart part) {
        return Heap.allocate(new DictReverseIterator(d, part));
    }

    /** dictreviter: the entries from the last to the first, refusing a dict whose size changed. */
    static final class DictReverseIterator extends JavaIterator {
        private final DictPart part;
        private int index;
        private final int initialSize;
        private int remaining;

        DictReverseIterator(PyDict d, DictPart part) {
            super(part == DictPart.KEYS ? DICT_REVERSE_KEY_ITERATOR : part == DictPart.VALUES
                    ? DICT_REVERSE_VALUE_ITERATOR : DICT_REVERSE_ITEM_ITERATOR);
            this.part = part;
            source = incref(d);
            initialSize = d.size();
            remaining = initialSize;
            index = d.entryLimit() - 1;
        }

        @Override
        public long lengthHint() {
            return source == null ? 0 : remaining;
        }

        @Override
        public PyObject reduce(PyObject iter, PyObject reversed) {
            PyList rest = Heap.allocate(new PyList(Types.LIST));
            PyDict d = (PyDict) source;
            for (int i = index; d != null && i >= 0; i--) {
                if (d.keyAt(i) != null) {
                    rest.appendOwned(entry(d, i, part));
                }
            }
            return reduction(iter, rest, -1);
        }

        @Override
        public PyObject next() {
            PyDict d = (PyDict) source;
            if (d == null) {
                return null;
            }
            if (d.size() != initialSize) {
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            while (index >= 0) {
                int i = index--;
                PyObject k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                remaining--;
                switch (part) {
                    case KEYS:
                        return incref(k);
                    case VALUES:
                        return incref(d.valueAt(i));
                    default:
                        return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(k), incref(d.valueAt(i))}));
                }
            }
            remaining = 0;
            clear();
            return null;
        }
    }

    /** The sequence iterator's __length_hint__ (iter_len). */
    public static PyObject sequenceLengthHint(PyObject it) {
        return ((SequenceIterator) it).lengthHintObject();
    }

    /** The iterator iter() makes for a class with __getitem__ but no __iter__. */
    public static PyObject sequenceIterator(PyObject seq) {
        return Heap.allocate(new SequenceIterator(seq));
    }

    static final class SequenceIterator extends JavaIterator {
        private long index;

        SequenceIterator(PyObject seq) {
            super(SEQ_ITERATOR);
            source = incref(seq);
        }

        /** iter_len: len(seq) minus the items taken; null when the sequence has no __len__. */
        PyObject lengthHintObject() {
            if (source == null) {
                return Types.newInt(0);
            }
            if (source.type.lookup(Names.__len__) == null) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            long n = Ops.len(source) - index;
            return Types.newInt(Math.max(0, n));
        }

        @Override
        public PyObject next() {
            if (source == null) {
                return null;
            }
            PyObject i = Types.newInt(index++);
            try {
                return Ops.getitem(source, i);
            } catch (PyException e) {
                if (Ops.matches(e, ExceptionTypes.INDEX_ERROR) || Ops.matches(e, ExceptionTypes.STOP_ITERATION)) {
                    decref(e.value);
                    clear();
                    return null;
                }
                throw e;
            } finally {
                decref(i);
            }
        }
    }
}
