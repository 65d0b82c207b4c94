package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyType;

/** The attributes of frame objects (sys._getframe(), gi_frame, tb_frame). */
final class FrameMethods {
    private FrameMethods() {
    }

    static Frame frame(Object o) {
        return ((PyFrameObject) o).frame;
    }

    static void register() {
        PyType f = Types.FRAME;
        Methods.getter(f, "f_lineno", self -> Types.newInt(frame(self).lineno));
        Methods.getter(f, "f_code", self -> incref(frame(self).code));
        Methods.getter(f, "f_locals", self -> dev.heapscope.interpreter.modules.FrameLocals.locals(frame(self)));
        Methods.getter(f, "f_globals", self -> incref(frame(self).globals));
        Methods.getter(f, "f_builtins", self -> incref(frame(self).builtins));
        Methods.getter(f, "f_back", self -> {
            Frame back = frame(self).back;
            return back == null ? incref(Types.NONE) : back.asObject();
        });
    }
}
