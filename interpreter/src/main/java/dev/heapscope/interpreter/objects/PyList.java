package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;
import java.util.Arrays;

/**
 * list: a growable array of owned references, over-allocated as CPython's list_resize
 * does so that sys.getsizeof and the item array's allocations match.
 */
public class PyList extends PyObject {
    public PyObject[] items;
    public int size;
    /** ob_alloc: the capacity CPython would have allocated (the Java array may be larger). */
    private long allocated;
    private long itemsBlock;

    /** ob_item: the address of the items block (0 when there is none). */
    public long itemsBlock() {
        return itemsBlock;
    }

    /** ob_alloc: the capacity CPython would have allocated. */
    public long allocated() {
        return allocated;
    }

    public PyList(PyType type) {
        super(type);
        this.items = EMPTY;
    }

    private static final PyObject[] EMPTY = new PyObject[0];

    /** A list taking over the references in {@code owned[0..n)}, sized exactly (as list displays are). */
    public PyList(PyType type, PyObject[] owned, int n) {
        super(type);
        this.items = owned;
        this.size = n;
        this.allocated = n;
        if (n > 0) {
            itemsBlock = Heap.allocateBlock(ObjectSizes.listItemsRequest(n));
        }
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** Appends, taking over the caller's reference. */
    public void appendOwned(PyObject item) {
        // ">=": a list detached by sort has allocated -1, and any growth must replace it.
        if (size >= allocated) {
            resizeFor(size + 1);
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, (int) Math.max(allocated, items.length * 2L)));
        }
        items[size++] = item;
    }

    public void append(PyObject item) {
        appendOwned(Heap.incref(item));
    }

    /** list_resize's over-allocation; {@code newSize} is the size about to be reached. */
    public void resizeFor(long newSize) {
        long newAllocated = ObjectSizes.listResize(allocated, size, newSize);
        if (newAllocated != allocated) {
            if (newAllocated == 0) {
                Heap.freeBlock(itemsBlock);
                itemsBlock = 0;
            } else {
                itemsBlock = Heap.reallocateBlock(itemsBlock, ObjectSizes.listItemsRequest(newAllocated));
            }
            allocated = newAllocated;
        }
        if (newSize > items.length) {
            items = Arrays.copyOf(items, (int) Math.max(newSize, Math.min(Integer.MAX_VALUE - 8, newAllocated)));
        }
    }

    /**
     * list_preallocate_exact: room for {@code n} items, rounded up to an even number (the
     * allocator's 16-byte granularity makes an odd one free), in a list with none allocated.
     */
    public void preallocateExact(long n) {
        if (allocated != 0 || n <= 0) {
            return;
        }
        n = (n + 1) & ~1L;
        itemsBlock = Heap.allocateBlock(ObjectSizes.listItemsRequest(n));
        allocated = n;
        if (n > items.length) {
            items = Arrays.copyOf(items, (int) n);
        }
    }

    /** Whether the list has no item array (ob_item is NULL): new, cleared or shrunk to nothing. */
    public boolean hasNoItems() {
        return allocated == 0;
    }

    /** Sets the size after items were stored or removed directly; keeps capacity accounting in step. */
    public void setSize(int newSize) {
        if (newSize != size) {
            resizeFor(newSize);
        }
        size = newSize;
    }

    /** What list.sort set aside: the items and their allocation, while the list looks empty. */
    public record Detached(PyObject[] items, int size, long allocated, long itemsBlock) {
    }

    /**
     * list_sort's first step: the list gives up its items (ob_item NULL, size 0) and marks
     * its allocation -1, a value any change to the list replaces, so that the sort can tell
     * afterwards whether the comparisons or the key touched it.
     */
    public Detached detachForSort() {
        Detached d = new Detached(items, size, allocated, itemsBlock);
        items = EMPTY;
        size = 0;
        allocated = -1;
        itemsBlock = 0;
        return d;
    }

    /** Whether the list changed since {@link #detachForSort} (allocated is no longer the mark). */
    public boolean modifiedWhileDetached() {
        return allocated != -1;
    }

    /** Puts the set-aside items back and releases whatever was stored in the list meanwhile. */
    public void reattach(Detached d) {
        PyObject[] added = items;
        int n = size;
        long block = itemsBlock;
        items = d.items();
        size = d.size();
        allocated = d.allocated();
        itemsBlock = d.itemsBlock();
        for (int i = n - 1; i >= 0; i--) {
            if (added[i] != null) {
                Heap.decref(added[i]);
            }
        }
        if (block != 0) {
            Heap.freeBlock(block);
        }
    }

    @Override
    public void traverse(Visitor visitor) {
        // list_traverse visits the items from the last to the first.
        for (int i = size - 1; i >= 0; i--) {
            if (items[i] != null) {
                visitor.visit(items[i]);
            }
        }
    }

    @Override
    public void clear() {
        PyObject[] old = items;
        int n = size;
        items = EMPTY;
        size = 0;
        Heap.freeBlock(itemsBlock);
        itemsBlock = 0;
        allocated = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (old[i] != null) {
                Heap.decref(old[i]);
            }
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.LIST_OBJECT_REQUEST;
    }

    @Override
    public long sizeOf() {
        return ObjectSizes.listSize(allocated) - ObjectSizes.GC_HEAD;
    }
}
