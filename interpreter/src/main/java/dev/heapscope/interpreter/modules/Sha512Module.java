package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Types;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * _sha512: SHA-512 as CPython's Modules/sha512module.c offers it (random.seed turns str
 * and bytes seeds into ints with it). The digest is the JDK's.
 */
final class Sha512Module {
    private Sha512Module() {
    }

    static final PyType SHA512 = Types.builtin("_sha512.sha512", Types.OBJECT);

    /** A running SHA-512 computation. */
    static final class PySha512 extends PyObject {
        final MessageDigest digest;

        PySha512(MessageDigest digest) {
            super(SHA512);
            this.digest = digest;
        }

        @Override
        public long allocationRequest() {
            // SHA512object: the header, the digest size and the 64-bit state, count and buffer.
            return 16 + 8 + 64 + 16 + 128 + 8;
        }
    }

    static {
        SHA512.qualname = "sha512";
        Methods.method(SHA512, "update", (self, args, kw) -> {
            PyObject data = Args.one("update", args, kw);
            ((PySha512) self).digest.update(data(data));
            return incref(Types.NONE);
        });
        Methods.method(SHA512, "digest", (self, args, kw) -> {
            Args.none("digest", args, kw);
            return Heap.allocate(new PyBytes(Types.BYTES, finish((PySha512) self)));
        });
        Methods.method(SHA512, "hexdigest", (self, args, kw) -> {
            Args.none("hexdigest", args, kw);
            StringBuilder sb = new StringBuilder();
            for (byte b : finish((PySha512) self)) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return Types.newStr(sb.toString());
        });
        Methods.method(SHA512, "copy", (self, args, kw) -> {
            Args.none("copy", args, kw);
            return Heap.allocate(new PySha512(copyOf(((PySha512) self).digest)));
        });
        Methods.getset(SHA512, "name", self -> Types.newStr("sha512"), null);
        Methods.getset(SHA512, "digest_size", self -> Types.newInt(64), null);
        Methods.getset(SHA512, "block_size", self -> Types.newInt(128), null);
    }

    /** The digest so far, leaving the computation open for more updates. */
    private static byte[] finish(PySha512 h) {
        return copyOf(h.digest).digest();
    }

    private static MessageDigest copyOf(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-512 cannot be cloned", e);
        }
    }

    /** The bytes to hash: str is refused as CPython refuses it. */
    private static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        if (!(o instanceof PyBytes) && !(o instanceof ByteArrayMethods.PyByteArray)) {
            throw Errors.typeError("object supporting the buffer API required");
        }
        return ByteArrayMethods.bytesOf(o, "");
    }

    static PyModule create() {
        PyModule m = Importer.newModule("_sha512", null);
        Builtins.function(m.dict, "sha512", (self, args, kw) -> {
            Args.onlyKeywords("sha512", kw, "string", "usedforsecurity");
            int npos = Args.positional(args, kw);
            if (npos > 1) {
                throw Errors.typeError("sha512() takes at most 1 positional argument (" + npos + " given)");
            }
            PyObject init = npos == 1 ? args[0] : Args.keyword(args, kw, "string");
            MessageDigest d;
            try {
                d = MessageDigest.getInstance("SHA-512");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-512", e);
            }
            if (init != null) {
                d.update(data(init));
            }
            return Heap.allocate(new PySha512(d));
        });
        return m;
    }
}
