package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyObject;

/**
 * frame: the Python object for a {@link Frame}. While the frame runs, the frame owns its
 * slots; once it has exited, the frame object does (CPython's take_ownership), so locals
 * stay alive as long as a traceback or a reference to the frame does.
 */
public final class PyFrameObject extends PyObject {
    public final Frame frame;
    private boolean ownsSlots;

    PyFrameObject(Frame frame) {
        super(Types.FRAME);
        this.frame = frame;
    }

    void frameExited() {
        ownsSlots = true;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (!ownsSlots) {
            return;
        }
        for (PyObject o : frame.fast) {
            if (o != null) {
                visitor.visit(o);
            }
        }
        if (frame.locals != null) {
            visitor.visit(frame.locals);
        }
        if (frame.fastLocals != null) {
            visitor.visit(frame.fastLocals);
        }
    }

    @Override
    public void clear() {
        if (ownsSlots) {
            frame.releaseSlots();
        }
    }

    @Override
    public void releaseReferences() {
        if (ownsSlots) {
            frame.releaseSlots();
        }
        frame.frameObject = null;
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.GC_HEAD + ObjectSizes.frameSize(frame.code.nslots(), frame.code.stackSize);
    }
}
