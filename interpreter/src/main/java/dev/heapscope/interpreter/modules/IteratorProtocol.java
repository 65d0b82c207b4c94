package dev.heapscope.interpreter.modules;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Iterators;
import dev.heapscope.interpreter.runtime.Iterators.JavaIterator;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Types;

/**
 * __length_hint__ and __reduce__ of the builtin iterators that CPython gives them: the
 * container iterators (list, reversed list, tuple, str, dict and its reverse, set, range,
 * the sequence iterator) report the items left and pickle as iter(...) of what is left.
 */
final class IteratorProtocol {
    private IteratorProtocol() {
    }

    static void install() {
        PyType[] hinted = {Iterators.LIST_ITERATOR, Iterators.LIST_REVERSE_ITERATOR, Iterators.TUPLE_ITERATOR,
            Iterators.STR_ITERATOR, Iterators.STR_NONASCII_ITERATOR, Iterators.DICT_KEY_ITERATOR,
            Iterators.DICT_VALUE_ITERATOR, Iterators.DICT_ITEM_ITERATOR, Iterators.DICT_REVERSE_KEY_ITERATOR,
            Iterators.DICT_REVERSE_VALUE_ITERATOR, Iterators.DICT_REVERSE_ITEM_ITERATOR, SetMethods.SET_ITERATOR,
            Ranges.RANGE_ITERATOR, BytesMethods.ITERATOR, ByteArrayMethods.ITERATOR};
        for (PyType t : hinted) {
            Methods.method(t, "__length_hint__", (self, args, kw) ->
                    Types.newInt(Math.max(0, ((JavaIterator) self).lengthHint())));
        }
        Methods.method(Iterators.SEQ_ITERATOR, "__length_hint__", (self, args, kw) ->
                Iterators.sequenceLengthHint(self));
        PyType[] reducible = {Iterators.LIST_ITERATOR, Iterators.LIST_REVERSE_ITERATOR, Iterators.TUPLE_ITERATOR,
            Iterators.STR_ITERATOR, Iterators.STR_NONASCII_ITERATOR, Iterators.DICT_KEY_ITERATOR,
            Iterators.DICT_VALUE_ITERATOR, Iterators.DICT_ITEM_ITERATOR, Iterators.DICT_REVERSE_KEY_ITERATOR,
            Iterators.DICT_REVERSE_VALUE_ITERATOR, Iterators.DICT_REVERSE_ITEM_ITERATOR, SetMethods.SET_ITERATOR};
        for (PyType t : reducible) {
            Methods.method(t, "__reduce__", (self, args, kw) -> {
                PyObject iter = Builtins.dict().get(Types.name("iter"));
                return ((JavaIterator) self).reduce(iter, Iteration.REVERSED);
            });
        }
    }
}
