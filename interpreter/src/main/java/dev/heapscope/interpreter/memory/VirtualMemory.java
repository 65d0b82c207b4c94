package dev.heapscope.interpreter.memory;

import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated address space of one interpreter process, as a 64-bit Linux
 * process lays it out: a program break ("brk") heap low in the address space
 * that grows upwards, and an mmap area high in the address space that grows
 * downwards from {@link #MMAP_TOP}.
 *
 * <p>Nothing here is random: the same sequence of calls yields the same
 * addresses in every run. The base addresses were chosen to look like those a
 * CPython 3.11 process on x86-64 Linux shows (heap near {@code 0x55..}, mmap
 * near {@code 0x7f..}); CPython's own are randomised per process.
 *
 * <p>Mapping requests are rare (one per pymalloc arena or per very large
 * malloc), so this class may allocate Java objects.
 */
public final class VirtualMemory {
    /** Page size of the simulated machine. */
    public static final long PAGE_SIZE = 4096;

    /**
     * First address above the mmap area. Page aligned but deliberately not
     * aligned to pymalloc's 16 KiB pools, as real mmap results usually are
     * not: every arena then loses one pool to alignment, which is what
     * {@code sys._debugmallocstats()} reports on a real 3.11 process.
     */
    public static final long MMAP_TOP = 0x7f3c_5a7d_1000L;

    /** Start of the brk heap. */
    public static final long HEAP_BASE = 0x55d0_c0a0_0000L;

    /** Live mappings: start address to end address (exclusive). */
    private final TreeMap<Long, Long> mappings = new TreeMap<>();
    private long mappedBytes;
    private long brk = HEAP_BASE;

    /**
     * Maps {@code length} bytes (rounded up to whole pages) and returns the
     * start. Like Linux's top-down allocator, the highest free gap below
     * {@link #MMAP_TOP} that fits is used, so an area that is unmapped and
     * then requested again with the same length comes back at the same
     * address.
     */
    public long mmap(long length) {
        if (length <= 0) {
            throw new IllegalArgumentException("mmap length must be positive: " + length);
        }
        long size = roundUpToPage(length);
        long gapEnd = MMAP_TOP;
        for (Map.Entry<Long, Long> mapping : mappings.descendingMap().entrySet()) {
            long end = mapping.getValue();
            if (gapEnd - end >= size) {
                break;
            }
            gapEnd = mapping.getKey();
        }
        long start = gapEnd - size;
        mappings.put(start, gapEnd);
        mappedBytes += size;
        return start;
    }

    /** Unmaps an area previously returned by {@link #mmap} with the same length. */
    public void munmap(long address, long length) {
        Long end = mappings.get(address);
        if (end == null || end != address + roundUpToPage(length)) {
            throw new IllegalStateException("munmap of an area that is not mapped: 0x"
                    + Long.toHexString(address));
        }
        mappings.remove(address);
        mappedBytes -= end - address;
    }

    /**
     * Moves the program break by {@code increment} bytes (which may be
     * negative) and returns the previous break, as {@code sbrk} does.
     */
    public long sbrk(long increment) {
        long previous = brk;
        if (brk + increment < HEAP_BASE) {
            throw new IllegalStateException("sbrk below the heap base");
        }
        brk += increment;
        return previous;
    }

    /** The current program break: the end of the brk heap. */
    public long brk() {
        return brk;
    }

    /** Bytes currently mapped in the mmap area. */
    public long mappedBytes() {
        return mappedBytes;
    }

    /** True if {@code address} lies in the brk heap. */
    public boolean inHeap(long address) {
        return address >= HEAP_BASE && address < brk;
    }

    static long roundUpToPage(long length) {
        return (length + PAGE_SIZE - 1) & -PAGE_SIZE;
    }
}
