package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyMethod;
import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.objects.PyType;

/** Methods of object, type, NoneType and the function and method types. */
final class ObjectMethods {
    private ObjectMethods() {
    }

    static String address(PyObject o) {
        return "0x" + Long.toHexString(o.address);
    }

    /** The name a class goes by in reprs: module.qualname, or just the name for builtins. */
    static String className(PyType t) {
        if (!t.heapType) {
            return t.name;
        }
        PyObject m = t.dict.getStr(Names.__module__);
        if (m instanceof PyStr s && !s.value.equals("builtins")) {
            return s.value + "." + t.qualname;
        }
        return t.qualname;
    }

    /** type.__name__: for a builtin type, its tp_name after the last dot (type_name). */
    static String typeName(PyType t) {
        if (t.heapType) {
            return t.name;
        }
        return t.name.substring(t.name.lastIndexOf('.') + 1);
    }

    /**
     * object_new's Py_TPFLAGS_IS_ABSTRACT check: a class whose own __abstractmethods__ is
     * non-empty (ABCMeta computes it) cannot be instantiated.
     */
    private static final PyStr ABSTRACT_METHODS = Types.name("__abstractmethods__");

    static void checkNotAbstract(PyType type) {
        PyObject abstracts = type.dict.getStr(ABSTRACT_METHODS);
        if (abstracts == null || !Ops.isTrue(abstracts)) {
            return;
        }
        PyObject[] names = dev.heapscope.interpreter.modules.Builtins.toArray(abstracts);
        dev.heapscope.interpreter.objects.PyList sorted = Heap.allocate(
                new dev.heapscope.interpreter.objects.PyList(Types.LIST, names, names.length));
        try {
            dev.heapscope.interpreter.modules.Sorting.sort(sorted, null, null, null);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < sorted.size; i++) {
                if (i > 0) {
                    joined.append(", ");
                }
                joined.append(Ops.strString(sorted.items[i]));
            }
            throw Errors.typeError("Can't instantiate abstract class " + type.name + " with abstract method"
                    + (sorted.size > 1 ? "s " : " ") + joined);
        } finally {
            decref(sorted);
        }
    }

    static void register() {
        PyType o = Types.OBJECT;
        Methods.constructor(o, (type, args, kw) -> {
            if ((args.length > 0) && type.lookup(Names.__init__) == o.dict.getStr(Names.__init__)) {
                throw Errors.typeError(type.name + "() takes no arguments");
            }
            if (type.heapType) {
                checkNotAbstract(type);
                PyInstance inst = new PyInstance(type);
                if (type.instancesHaveDict && type.sharedKeys != null) {
                    // init_inline_values: each new instance takes one usable entry of the shared keys.
                    type.sharedKeys.instanceCreated();
                }
                incref(type);
                return Heap.allocate(inst);
            }
            return Heap.allocate(new PyInstance(type));
        });
        Methods.slot(o, "__init__", (self, args, kw) -> {
            if (args.length > 0 && self.type.lookup(Names.__new__) == o.dict.getStr(Names.__new__)) {
                throw Errors.typeError(self.type.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
            return incref(Types.NONE);
        });
        Methods.slot(o, "__repr__", (self, args, kw) -> Types.newStr("<" + className(self.type) + " object at "
                + address(self) + ">"));
        Methods.slot(o, "__str__", (self, args, kw) -> Ops.repr(self));
        Methods.slot(o, "__hash__", (self, args, kw) -> Types.newInt(Long.rotateRight(self.address, 4)));
        Methods.slot(o, "__eq__", (self, args, kw) -> incref(self == args[0] ? Types.TRUE : Types.NOT_IMPLEMENTED));
        Methods.slot(o, "__ne__", (self, args, kw) -> {
            PyObject eq = Ops.callSpecial(self, Names.__eq__, args[0]);
            if (eq == Types.NOT_IMPLEMENTED) {
                return eq;
            }
            boolean t = Ops.isTrue(eq);
            decref(eq);
            return Types.newBool(!t);
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            Methods.slot(o, cmp, (self, args, kw) -> incref(Types.NOT_IMPLEMENTED));
        }
        Methods.slot(o, "__getattribute__", (self, args, kw) -> {
            PyObject name = Args.one("__getattribute__", args, kw);
            if (!(name instanceof PyStr s)) {
                throw Errors.typeError("attribute name must be string, not '" + name.type.name + "'");
            }
            return Attributes.genericGetattr(self, s, false);
        });
        Methods.slot(o, "__setattr__", (self, args, kw) -> {
            if (!(args[0] instanceof PyStr s)) {
                throw Errors.typeError("attribute name must be string, not '" + args[0].type.name + "'");
            }
            Attributes.genericSetattr(self, s, args[1]);
            return incref(Types.NONE);
        });
        Methods.slot(o, "__delattr__", (self, args, kw) -> {
            Attributes.genericSetattr(self, (PyStr) args[0], null);
            return incref(Types.NONE);
        });
        Attributes.OBJECT_GETATTRIBUTE = o.dict.getStr(Names.__getattribute__);
        Attributes.OBJECT_SETATTR = o.dict.getStr(Names.__setattr__);
        Attributes.OBJECT_DELATTR = o.dict.getStr(Names.__delattr__);
        Methods.method(o, "__format__", (self, args, kw) -> {
            PyObject spec = Args.one("__format__", args, kw);
            if (spec instanceof PyStr s && !s.value.isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + self.type.name + ".__format__");
            }
            return Ops.str(self);
        });
        Methods.method(o, "__sizeof__", (self, args, kw) -> Types.newInt(self.sizeOf()));
        Methods.method(o, "__dir__", (self, args, kw) -> dev.heapscope.interpreter.modules.Builtins.dirOf(self));
        Methods.classMethod(o, "__init_subclass__", (self, args, kw) -> {
            if (args.length > 0) {
                throw Errors.typeError(((PyType) self).name + ".__init_subclass__() takes no keyword arguments");
            }
            return incref(Types.NONE);
        });
        Methods.classMethod(o, "__subclasshook__", (self, args, kw) -> incref(Types.NOT_IMPLEMENTED));
        Methods.getset(o, "__class__", self -> incref(self.type), (self, value) -> {
            if (!(value instanceof PyType t) || !t.heapType || !self.type.heapType) {
                throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            PyType old = self.type;
            self.type = (PyType) incref(t);
            decref(old);
        });
        Methods.attribute(o, "__doc__", Types.newStr(Docstrings.get("object")));

        registerType();
        registerSingletons();
        registerFunctions();
    }

    private static void registerType() {
        PyType t = Types.TYPE;
        Methods.constructor(t, (meta, args, kw) -> {
            int npos = Args.positional(args, kw);
            if (npos == 3 && args[0] instanceof PyStr name && args[1] instanceof PyTuple bases
                    && args[2] instanceof PyDict ns) {
                PyObject[] kwValues = new PyObject[args.length - 3];
                System.arraycopy(args, 3, kwValues, 0, kwValues.length);
                return TypeBuilder.newType(meta, name.value, bases, ns, kwValues, kw);
            }
            if (args.length == 1 && meta == Types.TYPE) {
                return incref(args[0].type);
            }
            throw Errors.typeError("type() takes 1 or 3 arguments");
        });
        Methods.slot(t, "__init__", (self, args, kw) -> incref(Types.NONE));
        Methods.slot(t, "__repr__", (self, args, kw) -> Types.newStr("<class '" + className((PyType) self) + "'>"));
        Methods.slot(t, "__call__", (self, args, kw) -> TypeCalls.callType((PyType) self, args, kw));
        Methods.slot(t, "__getattribute__", (self, args, kw) -> Attributes.typeGetattr((PyType) self, (PyStr) args[0]));
        Methods.slot(t, "__setattr__", (self, args, kw) -> {
            Attributes.typeSetattr((PyType) self, (PyStr) args[0], args[1]);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__delattr__", (self, args, kw) -> {
            Attributes.typeSetattr((PyType) self, (PyStr) args[0], null);
            return incref(Types.NONE);
        });
        Methods.getset(t, "__name__", self -> {
            PyType ty = (PyType) self;
            return ty.nameObject != null ? incref(ty.nameObject) : Types.newStr(typeName(ty));
        }, (self, v) -> {
            PyType ty = (PyType) self;
            ty.name = ((PyStr) v).value;
            if (ty.nameObject != null) {
                PyObject old = ty.nameObject;
                ty.nameObject = incref(v);
                Heap.decref(old);
            }
        });
        // type_qualname: a static type's is its name after the module's dot, as __name__.
        Methods.getset(t, "__qualname__", self -> {
            PyType ty = (PyType) self;
            if (ty.qualnameObject != null) {
                return incref(ty.qualnameObject);
            }
            return Types.newStr(ty.heapType ? ty.qualname : typeName(ty));
        }, (self, v) -> {
            PyType ty = (PyType) self;
            ty.qualname = ((PyStr) v).value;
            if (ty.qualnameObject != null) {
                PyObject old = ty.qualnameObject;
                ty.qualnameObject = incref(v);
                Heap.decref(old);
            }
        });
        Methods.getset(t, "__module__", self -> {
            PyType ty = (PyType) self;
            if (ty.heapType) {
                PyObject m = ty.dict.getStr(Names.__module__);
                return incref(m == null ? Types.NONE : m);
            }
            // A builtin type named "module.name" (collections.defaultdict) lives in that module.
            int dot = ty.name.lastIndexOf('.');
            return Types.newStr(dot < 0 ? "builtins" : ty.name.substring(0, dot));
        }, (self, v) -> {
            PyType ty = (PyType) self;
            if (!ty.heapType) {
                throw Errors.typeError("cannot set '__module__' attribute of immutable type '" + ty.name + "'");
            }
            if (v == null) {
                throw Errors.typeError("cannot delete '__module__' attribute of immutable type '" + ty.name + "'");
            }
            ty.dict.put(Names.__module__, v);
            ty.modified();
        });
        Methods.getter(t, "__mro__", self -> tupleOf(((PyType) self).mro));
        Methods.getter(t, "__bases__", self -> tupleOf(((PyType) self).bases));
        Methods.getter(t, "__base__", self -> {
            PyType b = ((PyType) self).base;
            return incref(b == null ? Types.NONE : b);
        });
        Methods.getter(t, "__dict__", self -> MappingProxy.of(((PyType) self).dict));
        Methods.getset(t, "__doc__", self -> {
            PyObject d = ((PyType) self).dict.getStr(Names.__doc__);
            return incref(d == null ? Types.NONE : d);
        }, (self, v) -> {
            // type_set_doc: like __module__, only a class statement's types take a new one.
            PyType ty = (PyType) self;
            if (!ty.heapType) {
                throw Errors.typeError("cannot set '__doc__' attribute of immutable type '" + ty.name + "'");
            }
            if (v == null) {
                throw Errors.typeError("cannot delete '__doc__' attribute of immutable type '" + ty.name + "'");
            }
            ty.dict.put(Names.__doc__, v);
            ty.modified();
        });
        Methods.method(t, "mro", (self, args, kw) -> {
            PyType[] mro = ((PyType) self).mro;
            dev.heapscope.interpreter.objects.PyList l = Heap.allocate(new dev.heapscope.interpreter.objects.PyList(Types.LIST));
            for (PyType m : mro) {
                l.append(m);
            }
            return l;
        });
        Methods.method(t, "__subclasses__", (self, args, kw) -> {
            dev.heapscope.interpreter.objects.PyList l = Heap.allocate(new dev.heapscope.interpreter.objects.PyList(Types.LIST));
            for (PyType s : ((PyType) self).subclasses) {
                l.append(s);
            }
            return l;
        });
        Methods.method(t, "__instancecheck__", (self, args, kw) -> Types.newBool(
                Ops.isInstance(args[0], (PyType) self)));
        Methods.method(t, "__subclasscheck__", (self, args, kw) -> Types.newBool(
                args[0] instanceof PyType a && a.isSubtypeOf((PyType) self)));
        Methods.classMethod(t, "__prepare__", (self, args, kw) -> Heap.allocateUntracked(new PyDict(Types.DICT)));
    }

    static PyTuple tupleOf(PyObject[] items) {
        PyObject[] copy = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            copy[i] = incref(items[i]);
        }
        return copy.length == 0 ? (PyTuple) incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, copy));
    }

    /** The types of None, NotImplemented and Ellipsis give back their one instance. */
    private static void singletonConstructor(PyType t, String name, PyObject instance) {
        Methods.constructor(t, (type, args, kw) -> {
            if (args.length > 0) {
                throw Errors.typeError(name + " takes no arguments");
            }
            return incref(instance);
        });
    }

    private static void registerSingletons() {
        Methods.slot(Types.NONE_TYPE, "__repr__", (self, args, kw) -> Types.newStr("None"));
        Methods.slot(Types.NONE_TYPE, "__bool__", (self, args, kw) -> Types.newBool(false));
        singletonConstructor(Types.NONE_TYPE, "NoneType", Types.NONE);
        Methods.slot(Types.NOT_IMPLEMENTED_TYPE, "__repr__", (self, args, kw) -> Types.newStr("NotImplemented"));
        Methods.slot(Types.ELLIPSIS_TYPE, "__repr__", (self, args, kw) -> Types.newStr("Ellipsis"));
        singletonConstructor(Types.NOT_IMPLEMENTED_TYPE, "NotImplementedType", Types.NOT_IMPLEMENTED);
        singletonConstructor(Types.ELLIPSIS_TYPE, "EllipsisType", Types.ELLIPSIS);
    }

    private static void registerFunctions() {
        PyType f = Types.FUNCTION;
        Methods.slot(f, "__repr__", (self, args, kw) -> Types.newStr("<function " + ((PyFunction) self).qualname
                + " at " + address(self) + ">"));
        Methods.slot(f, "__get__", (self, args, kw) -> {
            PyObject obj = args[0];
            if (obj == Types.NONE) {
                return incref(self);
            }
            return Heap.allocate(new PyMethod(Types.METHOD, incref(self), incref(obj)));
        });
        Methods.slot(f, "__call__", (self, args, kw) -> Ops.call(self, args, kw));
        Methods.getset(f, "__name__", self -> {
            PyFunction fn = (PyFunction) self;
            if (fn.nameObject == null) {
                fn.nameObject = Types.newStr(fn.name);
            }
            return incref(fn.nameObject);
        }, (self, v) -> {
            PyFunction fn = (PyFunction) self;
            fn.name = ((PyStr) v).value;
            PyObject old = fn.nameObject;
            fn.nameObject = incref(v);
            Heap.xdecref(old);
        });
        Methods.getset(f, "__qualname__", self -> {
            PyFunction fn = (PyFunction) self;
            if (fn.qualnameObject == null) {
                fn.qualnameObject = Types.newStr(fn.qualname);
            }
            return incref(fn.qualnameObject);
        }, (self, v) -> {
            PyFunction fn = (PyFunction) self;
            fn.qualname = ((PyStr) v).value;
            PyObject old = fn.qualnameObject;
            fn.qualnameObject = incref(v);
            Heap.xdecref(old);
        });
        Methods.getset(f, "__doc__", self -> incref(orNone(((PyFunction) self).doc)), (self, v) -> {
            PyFunction fn = (PyFunction) self;
            PyObject old = fn.doc;
            fn.doc = incref(v == null ? Types.NONE : v);
            if (old != null) {
                decref(old);
            }
        });
        Methods.getset(f, "__module__", self -> incref(orNone(((PyFunction) self).module)), (self, v) -> {
            PyFunction fn = (PyFunction) self;
            PyObject old = fn.module;
            fn.module = incref(v == null ? Types.NONE : v);
            if (old != null) {
                decref(old);
            }
        });
        Methods.getter(f, "__code__", self -> incref(((PyFunction) self).code));
        Methods.getter(f, "__globals__", self -> incref(((PyFunction) self).globals));
        Methods.getter(f, "__builtins__", self -> {
            PyObject b = ((PyFunction) self).builtins;
            return incref(b == null ? Types.NONE : b);
        });
        Methods.getter(f, "__closure__", self -> {
            PyFunction fn = (PyFunction) self;
            return fn.closure == null ? incref(Types.NONE) : tupleOf(fn.closure);
        });
        Methods.getter(f, "__defaults__", self -> {
            PyFunction fn = (PyFunction) self;
            return fn.defaults == null ? incref(Types.NONE) : tupleOf(fn.defaults);
        });
        Methods.getter(f, "__kwdefaults__", self -> incref(orNone(((PyFunction) self).kwdefaults)));
        Methods.getset(f, "__annotations__", self -> {
            PyFunction fn = (PyFunction) self;
            if (fn.annotations == null) {
                fn.annotations = Heap.allocateUntracked(new PyDict(Types.DICT));
            }
            return incref(fn.annotations);
        }, (self, v) -> {
            PyFunction fn = (PyFunction) self;
            PyObject old = fn.annotations;
            fn.annotations = v == null ? null : incref(v);
            if (old != null) {
                decref(old);
            }
        });
        Methods.getset(f, "__dict__", self -> {
            PyFunction fn = (PyFunction) self;
            if (fn.dict == null) {
                fn.dict = Heap.allocateUntracked(new PyDict(Types.DICT));
            }
            return incref(fn.dict);
        }, null);

        PyType m = Types.METHOD;
        Methods.slot(m, "__repr__", (self, args, kw) -> {
            PyMethod pm = (PyMethod) self;
            String name = pm.function instanceof PyFunction fn ? fn.qualname : "?";
            return Types.newStr("<bound method " + name + " of " + Ops.reprString(pm.self) + ">");
        });
        Methods.slot(m, "__call__", (self, args, kw) -> Ops.call(self, args, kw));
        Methods.getter(m, "__self__", self -> incref(((PyMethod) self).self));
        Methods.getter(m, "__func__", self -> incref(((PyMethod) self).function));
        Methods.slot(m, "__getattribute__", (self, args, kw) -> {
            PyStr name = (PyStr) args[0];
            PyObject d = Types.METHOD.lookup(name);
            if (d != null) {
                return Attributes.genericGetattr(self, name, false);
            }
            return Ops.getattr(((PyMethod) self).function, name);
        });
        Methods.slot(m, "__eq__", (self, args, kw) -> {
            if (!(args[0] instanceof PyMethod other)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            PyMethod a = (PyMethod) self;
            return Types.newBool(a.function == other.function && a.self == other.self);
        });
        Methods.slot(m, "__hash__", (self, args, kw) -> Types.newInt(Long.rotateRight(((PyMethod) self).function.address, 4)
                ^ Ops.hash(((PyMethod) self).self)));

        PyType b = Types.BUILTIN_FUNCTION;
        Methods.slot(b, "__repr__", (self, args, kw) -> {
            PyBuiltinFunction fn = (PyBuiltinFunction) self;
            if (fn.self == null || fn.self instanceof PyModule) {
                return Types.newStr("<built-in function " + fn.name + ">");
            }
            return Types.newStr("<built-in method " + fn.name + " of " + fn.self.type.name + " object at "
                    + address(fn.self) + ">");
        });
        Methods.slot(b, "__call__", (self, args, kw) -> Ops.call(self, args, kw));
        Methods.getter(b, "__name__", self -> Types.newStr(((PyBuiltinFunction) self).name));
        Methods.getter(b, "__qualname__", self -> Types.newStr(((PyBuiltinFunction) self).qualname));
        Methods.getter(b, "__self__", self -> incref(orNone(((PyBuiltinFunction) self).self)));
        Methods.getter(b, "__doc__", self -> {
            PyBuiltinFunction fn = (PyBuiltinFunction) self;
            if (fn.self == null || fn.self instanceof dev.heapscope.interpreter.objects.PyModule) {
                String doc = fn.self == null || "builtins".equals(((dev.heapscope.interpreter.objects.PyModule) fn.self).name)
                        ? Docstrings.get(fn.name) : null;
                return doc == null ? incref(Types.NONE) : Types.newStr(doc);
            }
            return Docstrings.member(fn.self instanceof PyType t && fn.qualname.startsWith(t.name + ".") ? t : fn.self.type,
                    fn.name);
        });

        for (PyType dt : new PyType[] {Types.METHOD_DESCRIPTOR, Types.WRAPPER_DESCRIPTOR, Types.CLASSMETHOD_DESCRIPTOR}) {
            Methods.slot(dt, "__repr__", (self, args, kw) -> {
                PyMethodDescr d = (PyMethodDescr) self;
                String what = d.type == Types.WRAPPER_DESCRIPTOR ? "slot wrapper" : "method";
                return Types.newStr("<" + what + " '" + d.name + "' of '" + d.owner.name + "' objects>");
            });
            Methods.slot(dt, "__get__", (self, args, kw) -> Descriptors.get(self, args[0] == Types.NONE ? null : args[0],
                    args.length > 1 && args[1] instanceof PyType t ? t : null));
            Methods.slot(dt, "__call__", (self, args, kw) -> Ops.call(self, args, kw));
            Methods.getter(dt, "__name__", self -> Types.newStr(((PyMethodDescr) self).name));
            Methods.getter(dt, "__doc__", self -> Docstrings.member(((PyMethodDescr) self).owner, ((PyMethodDescr) self).name));
            Methods.getter(dt, "__qualname__", self -> Types.newStr(((PyMethodDescr) self).owner.name + "."
                    + ((PyMethodDescr) self).name));
        }
        Methods.slot(Types.GETSET_DESCRIPTOR, "__repr__", (self, args, kw) -> {
            Methods.GetSet g = (Methods.GetSet) self;
            return Types.newStr("<attribute '" + g.name + "' of '" + g.owner.name + "' objects>");
        });
        Methods.slot(Types.MEMBER_DESCRIPTOR, "__repr__", (self, args, kw) -> {
            TypeBuilder.SlotDescriptor s = (TypeBuilder.SlotDescriptor) self;
            return Types.newStr("<member '" + s.name + "' of '" + s.owner.name + "' objects>");
        });
        Methods.slot(Types.CELL, "__repr__", (self, args, kw) -> {
            dev.heapscope.interpreter.objects.PyCell c = (dev.heapscope.interpreter.objects.PyCell) self;
            if (c.contents == null) {
                return Types.newStr("<cell at " + address(self) + ": empty>");
            }
            return Types.newStr("<cell at " + address(self) + ": " + c.contents.type.name + " object at "
                    + address(c.contents) + ">");
        });
        Methods.getter(Types.CELL, "cell_contents", self -> {
            PyObject c = ((dev.heapscope.interpreter.objects.PyCell) self).contents;
            if (c == null) {
                throw Errors.valueError("Cell is empty");
            }
            return incref(c);
        });
        Methods.slot(Types.MODULE, "__repr__", (self, args, kw) -> {
            // importlib's _module_repr: the repr of __name__ ('?' without one), then where
            // it came from: its file, "(built-in)", or nothing for a module made by hand.
            PyModule mod = (PyModule) self;
            PyObject name = mod.dict == null ? null : mod.dict.getStr(Names.__name__);
            String shown = name == null ? "'?'" : Ops.reprString(name);
            PyObject file = mod.dict == null ? null : mod.dict.getStr(Names.__file__);
            if (file != null) {
                return Types.newStr("<module " + shown + " from " + Ops.reprString(file) + ">");
            }
            if (mod.builtin) {
                return Types.newStr("<module " + shown + " (built-in)>");
            }
            return Types.newStr("<module " + shown + ">");
        });
        Methods.getter(Types.MODULE, "__dict__", self -> incref(((PyModule) self).dict));
        Methods.slot(Types.CODE, "__repr__", (self, args, kw) -> {
            dev.heapscope.interpreter.compiler.PyCode c = (dev.heapscope.interpreter.compiler.PyCode) self;
            return Types.newStr("<code object " + c.name + " at " + address(self) + ", file \"" + c.filename
                    + "\", line " + c.firstLineno + ">");
        });
        Methods.getter(Types.CODE, "co_name", self -> Types.newStr(((dev.heapscope.interpreter.compiler.PyCode) self).name));
        Methods.getter(Types.CODE, "co_qualname", self -> Types.newStr(((dev.heapscope.interpreter.compiler.PyCode) self).qualname));
        Methods.getter(Types.CODE, "co_filename", self -> Types.newStr(((dev.heapscope.interpreter.compiler.PyCode) self).filename));
        Methods.getter(Types.CODE, "co_firstlineno", self -> Types.newInt(((dev.heapscope.interpreter.compiler.PyCode) self).firstLineno));
        Methods.getter(Types.CODE, "co_argcount", self -> Types.newInt(((dev.heapscope.interpreter.compiler.PyCode) self).argcount));
        Methods.getter(Types.CODE, "co_varnames", self -> {
            dev.heapscope.interpreter.compiler.PyCode c = (dev.heapscope.interpreter.compiler.PyCode) self;
            java.util.List<PyObject> names = new java.util.ArrayList<>();
            for (int i = 0; i < c.freeStart; i++) {
                if (!c.isCellSlot(i) || i < c.argcount) {
                    names.add(Types.newStr(c.slotNames[i]));
                }
            }
            return names.isEmpty() ? incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, names.toArray(new PyObject[0])));
        });
        Methods.getter(Types.CODE, "co_freevars", self -> {
            dev.heapscope.interpreter.compiler.PyCode c = (dev.heapscope.interpreter.compiler.PyCode) self;
            PyObject[] names = new PyObject[c.nfree];
            for (int i = 0; i < c.nfree; i++) {
                names[i] = Types.newStr(c.slotNames[c.freeStart + i]);
            }
            return names.length == 0 ? incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, names));
        });
        codeAttributes();
    }

    /** The remaining co_* attributes: argument counts, flags and cell names. */
    private static void codeAttributes() {
        Methods.getter(Types.CODE, "co_posonlyargcount", self -> Types.newInt(((PyCode) self).posonlyargcount));
        Methods.getter(Types.CODE, "co_kwonlyargcount", self -> Types.newInt(((PyCode) self).kwonlyargcount));
        Methods.getter(Types.CODE, "co_cellvars", self -> {
            PyCode c = (PyCode) self;
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (int slot : c.cellSlots) {
                cells.add(c.slotNames[slot]);
            }
            // The compiler lists cell variables sorted by name, as dictbytype does.
            java.util.Collections.sort(cells);
            PyObject[] names = new PyObject[cells.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = Types.newStr(cells.get(i));
            }
            return names.length == 0 ? incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, names));
        });
        Methods.getter(Types.CODE, "co_flags", self -> {
            PyCode c = (PyCode) self;
            int flags = 0;
            if (c.kind == PyCode.Kind.FUNCTION) {
                flags |= 0x1 | 0x2;
                if (c.qualname.contains("<locals>")) {
                    flags |= 0x10;
                }
            }
            if (c.varargs) {
                flags |= 0x4;
            }
            if (c.varkeywords) {
                flags |= 0x8;
            }
            if (c.generator && c.coroutine) {
                flags |= 0x200;
            } else if (c.generator) {
                flags |= 0x20;
            } else if (c.coroutine) {
                flags |= 0x80;
            }
            if (c.iterableCoroutine) {
                flags |= 0x100;
            }
            return Types.newInt(flags);
        });
    }

    static PyObject orNone(PyObject o) {
        return o == null ? Types.NONE : o;
    }
}
