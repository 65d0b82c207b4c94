package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/** type.__new__(meta, name, bases, ns): heap types, their C3 MRO, __slots__ and the class hooks. */
public final class TypeBuilder {
    private TypeBuilder() {
    }

    /** The most derived metaclass among {@code meta} and the bases' types. */
    public static PyType calculateMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (PyObject b : bases.items) {
            PyType bt = b.type;
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    public static PyType newType(PyType meta, String name, PyTuple basesTuple, PyDict ns) {
        return newType(meta, name, basesTuple, ns, new PyObject[0], null);
    }

    /** type.__new__(meta, name, bases, ns, **kwargs): the keywords go on to __init_subclass__. */
    public static PyType newType(PyType meta, String name, PyTuple basesTuple, PyDict ns, PyObject[] kwValues,
            String[] kwNames) {
        List<PyType> bases = new ArrayList<>();
        for (PyObject b : basesTuple.items) {
            if (!(b instanceof PyType bt)) {
                throw Errors.typeError("bases must be types");
            }
            if (!bt.baseType) {
                throw Errors.typeError("type '" + bt.name + "' is not an acceptable base type");
            }
            bases.add(bt);
        }
        if (bases.isEmpty()) {
            bases.add(Types.OBJECT);
        }
        PyType t = new PyType(meta, name);
        t.heapType = true;
        t.bases = bases.toArray(new PyType[0]);
        t.base = solidBase(t.bases);
        t.mro = mro(t, t.bases);
        t.constructor = t.base.constructor;
        t.dict = Heap.allocateUntracked(new PyDict(Types.DICT));
        for (int i = 0; i < ns.entryLimit(); i++) {
            PyObject k = ns.keyAt(i);
            if (k != null && !(k instanceof PyStr s && s.value.equals("__classcell__"))) {
                t.dict.put(k, ns.valueAt(i));
            }
        }
        if (t.dict.getStr(Names.__module__) == null && ThreadState.current != null) {
            // type(name, bases, ns) without __module__: the calling code's module (type_new_set_module).
            PyObject module = ThreadState.current.globals.getStr(Names.__name__);
            if (module != null) {
                t.dict.put(Names.__module__, module);
            }
        }
        // ht_name: the class statement's name, an interned constant of the code making it.
        t.nameObject = PyStr.allNameChars(name) && !name.isEmpty() ? Types.intern(name) : Types.newStr(name);
        PyObject qual = t.dict.getStr(Names.__qualname__);
        if (qual instanceof PyStr q) {
            t.qualname = q.value;
            // ht_qualname is the __qualname__ the namespace had, which leaves the dict.
            t.qualnameObject = t.dict.pop(Names.__qualname__);
        } else {
            t.qualnameObject = incref(t.nameObject);
        }
        for (String magic : new String[] {"__new__", "__init_subclass__", "__class_getitem__"}) {
            PyStr key = Types.name(magic);
            PyObject f = t.dict.getStr(key);
            if (f instanceof PyFunction) {
                PyObject wrapped = magic.equals("__new__") ? Wrappers.staticMethod(f) : Wrappers.classMethod(f);
                t.dict.putOwned(incref(key), key.hash(), wrapped);
            }
        }
        // A class that defines __eq__ but not __hash__ is unhashable (type_new sets __hash__ = None).
        if (t.dict.getStr(Types.name("__eq__")) != null && t.dict.getStr(Names.__hash__) == null) {
            t.dict.put(Names.__hash__, Types.NONE);
        }
        try {
            layoutSlots(t);
        } catch (PyException e) {
            // The class was never made: its namespace copy goes, as type_new's error path frees it.
            PyDict d = t.dict;
            t.dict = null;
            decref(d);
            Heap.xdecref(t.nameObject);
            Heap.xdecref(t.qualnameObject);
            throw e;
        }
        addDictAndWeakrefDescriptors(t);
        if (t.dict.getStr(Names.__doc__) == null) {
            t.dict.put(Names.__doc__, Types.NONE);
        }
        for (PyType b : t.bases) {
            incref(b);
            b.addSubclass(t);
        }
        incref(t.base);
        for (PyType m : t.mro) {
            incref(m);
        }
        t.ownsMro = true;
        t.sharedKeys = new ObjectSizes.SharedKeys();
        Heap.allocate(t);
        PyObject cell = ns.getStr(Types.name("__classcell__"));
        if (cell instanceof PyCell c) {
            PyObject old = c.contents;
            c.contents = incref(t);
            if (old != null) {
                decref(old);
            }
        }
        try {
            setNames(t);
            initSubclass(t, kwValues, kwNames);
        } catch (PyException e) {
            // type_new releases the new class when __set_name__ or __init_subclass__ fails.
            decref(t);
            throw e;
        }
        return t;
    }

    /** The base whose instance layout the new class extends; classes of Python code add only a dict. */
    private static PyType solidBase(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            PyType s = solid(b);
            if (best == null || s.isSubtypeOf(solid(best))) {
                best = b;
            } else if (!solid(best).isSubtypeOf(s)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /** CPython's solid_base: only named slots change the layout (a dict or weakref slot does not). */
    private static PyType solid(PyType t) {
        while (t.heapType && (t.slotNames == null || t.slotNames.isEmpty())) {
            t = t.base;
        }
        // Builtin exceptions that add no fields to their base share its layout (solid_base
        // compares basicsizes), so that class E(OSError, ValueError) is allowed.
        while (t.base != null && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION) && !EXCEPTION_LAYOUTS.contains(t)) {
            t = t.base;
        }
        return t;
    }

    /** The builtin exceptions whose instances have fields of their own in CPython 3.11. */
    private static final java.util.Set<PyType> EXCEPTION_LAYOUTS = java.util.Set.of(ExceptionTypes.BASE_EXCEPTION,
            ExceptionTypes.BASE_EXCEPTION_GROUP, ExceptionTypes.STOP_ITERATION, ExceptionTypes.SYSTEM_EXIT,
            ExceptionTypes.IMPORT_ERROR, ExceptionTypes.OS_ERROR, ExceptionTypes.SYNTAX_ERROR,
            ExceptionTypes.UNICODE_ERROR, ExceptionTypes.NAME_ERROR, ExceptionTypes.ATTRIBUTE_ERROR);

    /** C3 linearisation, with CPython's error for an inconsistent hierarchy. */
    static PyType[] mro(PyType t, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    if (!heads.contains(s.get(0))) {
                        heads.add(s.get(0));
                    }
                }
                for (int i = 0; i < heads.size(); i++) {
                    names.append(i == 0 ? "" : ", ").append(heads.get(i).name);
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    /**
     * The __dict__ and __weakref__ getset descriptors of the first class in a hierarchy
     * whose instances have a dict or weak references (CPython's subtype_getsets_full).
     */
    private static void addDictAndWeakrefDescriptors(PyType t) {
        // A builtin base with a dict of its own (type, module, function, BaseException: a
        // tp_dictoffset) already answers __dict__; type also takes weak references.
        boolean baseHasDict = t.base.heapType ? t.base.instancesHaveDict : t.base.lookup(Names.__dict__) != null;
        boolean baseHasWeakref = t.base.heapType ? t.base.instancesHaveWeakref : builtinHasWeakrefs(t.base);
        if (t.instancesHaveDict && !baseHasDict && t.dict.getStr(Names.__dict__) == null) {
            Methods.heapGetSet(t, "__dict__", TypeBuilder::getInstanceDict, TypeBuilder::setInstanceDict);
        }
        if (t.instancesHaveWeakref && !baseHasWeakref && t.dict.getStr(Types.name("__weakref__")) == null) {
            Methods.heapGetSet(t, "__weakref__", o -> incref(o.weakrefList == null ? Types.NONE : o.weakrefList), null);
        }
    }

    /** Whether a builtin type's own instances take weak references (a tp_weaklistoffset of its own). */
    private static boolean builtinHasWeakrefs(PyType t) {
        return t.isSubtypeOf(Types.TYPE) || t.isSubtypeOf(Types.SET) || t.isSubtypeOf(Types.FROZENSET);
    }

    private static PyObject getInstanceDict(PyObject o) {
        if (!(o instanceof dev.heapscope.interpreter.objects.PyInstance inst)) {
            if (o.type.heapType) {
                return incref(SubclassDicts.getOrCreate(o));
            }
            throw Errors.noAttribute(o, Names.__dict__);
        }
        return incref(Attributes.managedDict(inst));
    }

    private static void setInstanceDict(PyObject o, PyObject value) {
        if (value != null && !(value instanceof PyDict)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type.name + "'");
        }
        if (!(o instanceof dev.heapscope.interpreter.objects.PyInstance inst)) {
            if (o.type.heapType) {
                SubclassDicts.set(o, (PyDict) value);
                return;
            }
            throw Errors.noAttribute(o, Names.__dict__);
        }
        PyDict old = inst.dict;
        inst.dict = value == null ? null : (PyDict) incref(value);
        if (old != null) {
            decref(old);
        }
    }

    /** __slots__: named slots become member descriptors; __dict__ and __weakref__ only when allowed. */
    private static void layoutSlots(PyType t) {
        PyType base = t.base;
        int inherited = base.heapType ? base.slotCount : 0;
        boolean baseHasDict = base.heapType ? base.instancesHaveDict : false;
        boolean baseHasWeakref = base.heapType ? base.instancesHaveWeakref : false;
        PyObject slots = t.dict.getStr(Names.__slots__);
        if (slots == null) {
            t.instancesHaveDict = true;
            // type_new's may_add_weak: not under a variable-size builtin (int, tuple, bytes).
            t.instancesHaveWeakref = !(t.isSubtypeOf(Types.INT) || t.isSubtypeOf(Types.TUPLE)
                    || t.isSubtypeOf(Types.BYTES));
            t.slotCount = inherited;
            for (PyType b : t.bases) {
                if (b.heapType) {
                    t.slotCount = Math.max(t.slotCount, b.slotCount);
                }
            }
            return;
        }
        List<String> names = new ArrayList<>();
        if (slots instanceof PyStr s) {
            names.add(s.value);
        } else {
            PyObject it = Ops.iter(slots);
            try {
                PyObject x;
                while ((x = Ops.next(it)) != null) {
                    if (!(x instanceof PyStr s)) {
                        String tn = x.type.name;
                        decref(x);
                        throw Errors.typeError("__slots__ items must be strings, not '" + tn + "'");
                    }
                    names.add(s.value);
                    decref(x);
                }
            } finally {
                decref(it);
            }
        }
        t.instancesHaveDict = baseHasDict;
        t.instancesHaveWeakref = baseHasWeakref;
        List<String> own = new ArrayList<>();
        for (String n : names) {
            if (n.equals("__dict__")) {
                t.instancesHaveDict = true;
            } else if (n.equals("__weakref__")) {
                t.instancesHaveWeakref = true;
            } else {
                String mangled = dev.heapscope.language.symtable.Mangling.mangle(t.name, n);
                if (t.dict.getStr(Types.name(mangled)) != null) {
                    throw Errors.valueError("'" + n + "' in __slots__ conflicts with class variable");
                }
                own.add(mangled);
            }
        }
        t.slotNames = own;
        for (int i = 0; i < own.size(); i++) {
            PyStr key = Types.intern(own.get(i));
            t.dict.putOwned(key, key.hash(), Heap.allocate(new SlotDescriptor(t, own.get(i), inherited + i)));
        }
        t.slotCount = inherited + own.size();
    }

    private static void setNames(PyType t) {
        List<PyObject[]> items = new ArrayList<>();
        for (int i = 0; i < t.dict.entryLimit(); i++) {
            if (t.dict.keyAt(i) != null) {
                items.add(new PyObject[] {incref(t.dict.keyAt(i)), incref(t.dict.valueAt(i))});
            }
        }
        try {
            for (PyObject[] kv : items) {
                PyObject setName = kv[1].type.lookup(Names.__set_name__);
                if (setName != null) {
                    try {
                        decref(Ops.callMethod(setName, kv[1], new PyObject[] {t, kv[0]}, null));
                    } catch (PyException e) {
                        PyException wrapped = Errors.runtimeError("Error calling __set_name__ on '" + kv[1].type.name
                                + "' instance '" + ((PyStr) kv[0]).value + "' in '" + t.name + "'");
                        wrapped.value.cause = e.value;
                        throw wrapped;
                    }
                }
            }
        } finally {
            for (PyObject[] kv : items) {
                decref(kv[0]);
                decref(kv[1]);
            }
        }
    }

    private static void initSubclass(PyType t, PyObject[] kwValues, String[] kwNames) {
        PyObject superObj = Wrappers.newSuper(t, t, t);
        try {
            PyObject init = Ops.getattr(superObj, Names.__init_subclass__);
            try {
                decref(Ops.call(init, kwValues, kwNames));
            } finally {
                decref(init);
            }
        } finally {
            decref(superObj);
        }
    }

    /** member_descriptor of one __slots__ name. */
    public static final class SlotDescriptor extends PyObject implements Descriptors.JavaDescriptor {
        final PyType owner;
        public final String name;
        final int index;

        SlotDescriptor(PyType owner, String name, int index) {
            super(Types.MEMBER_DESCRIPTOR);
            this.owner = owner;
            this.name = name;
            this.index = index;
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null) {
                return incref(this);
            }
            PyObject v = ((dev.heapscope.interpreter.objects.PyInstance) obj).slots[index];
            if (v == null) {
                throw Errors.attributeError(obj, Types.name(name), "'" + owner.name + "' object has no attribute '"
                        + name + "'");
            }
            return incref(v);
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            PyObject[] slots = ((dev.heapscope.interpreter.objects.PyInstance) obj).slots;
            PyObject old = slots[index];
            if (value == null && old == null) {
                throw Errors.attributeError(obj, Types.name(name), "'" + owner.name + "' object has no attribute '"
                        + name + "'");
            }
            slots[index] = value == null ? null : incref(value);
            if (old != null) {
                decref(old);
            }
        }

        @Override
        public long allocationRequest() {
            return 16 + 48;
        }
    }
}
