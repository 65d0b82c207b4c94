package dev.heapscope.interpreter.memory;

import java.util.Arrays;

/**
 * The simulated C library allocator behind {@code PyMem_RawMalloc}: it serves
 * pymalloc's requests of 0 or more than 512 bytes, list and dict storage that
 * outgrows pymalloc, and pymalloc's own arena-object vector.
 *
 * <p>It is shaped like glibc's malloc on x86-64 without being a copy of it:
 * <ul>
 * <li>A request of {@code n} bytes uses a chunk of {@code max(32, n + 8)}
 * rounded up to 16; the address handed out is the chunk address plus 16, so
 * every address is 16-byte aligned.</li>
 * <li>Chunks of less than the mmap threshold (initially 128 KiB) are carved
 * from the brk heap; larger ones get their own mapping in the mmap area, at
 * mapping start plus 16. Freeing a mapped chunk larger than the threshold
 * raises the threshold to its size (glibc's dynamic threshold, capped at
 * 32 MiB).</li>
 * <li>Freed heap chunks go to a bin per exact chunk size and are reused last
 * in, first out, so the same size freed and then requested again comes back
 * at the same address. A freed chunk that ends at the top of the heap is
 * merged back into the top instead. Free chunks are never split or coalesced
 * with each other (glibc does both); that only affects which addresses large
 * odd-sized requests get, never a size.</li>
 * <li>realloc keeps the address when the chunk does not grow, and grows in
 * place when the chunk is the last one before the top of the heap.</li>
 * </ul>
 * Deterministic: the same call sequence yields the same addresses.
 */
public final class SystemMalloc {
    /** Bytes of chunk header before each address handed out. */
    public static final int CHUNK_HEADER = 16;
    /** Smallest chunk. */
    public static final int MIN_CHUNK = 32;
    /** glibc's initial M_MMAP_THRESHOLD. */
    public static final long DEFAULT_MMAP_THRESHOLD = 128 * 1024;
    /** glibc's upper bound for the dynamic mmap threshold on 64-bit. */
    public static final long MAX_MMAP_THRESHOLD = 32L * 1024 * 1024;

    private static final int DIRECT_BINS = 4096; // chunk sizes below 64 KiB: one bin per 16 bytes
    private static final long MMAPPED = 1L << 62; // flag bit in chunkSizes values

    private final VirtualMemory memory;
    /** Address handed out to chunk size, with {@link #MMAPPED} set for mapped chunks. */
    private final LongLongMap chunkSizes = new LongLongMap(1024);
    /** Free heap chunks by exact chunk size: stacks of chunk addresses. */
    private final long[][] bins = new long[DIRECT_BINS][];
    private final int[] binCounts = new int[DIRECT_BINS];
    /** Free chunks too large for a direct bin: chunk size to the most recent free chunk (stack linked through nextFree). */
    private final LongLongMap largeBinHeads = new LongLongMap(16);
    private final LongLongMap nextFree = new LongLongMap(16);

    private long top;
    private long heapEnd;
    private long mmapThreshold = DEFAULT_MMAP_THRESHOLD;

    private long chunksInUse;
    private long bytesInUse;
    private long peakBytesInUse;
    private long mappedChunksInUse;

    public SystemMalloc(VirtualMemory memory) {
        this.memory = memory;
        this.top = memory.brk();
        this.heapEnd = top;
    }

    /** malloc(n): returns a 16-byte aligned address of at least {@code nbytes} usable bytes. */
    public long malloc(long nbytes) {
        if (nbytes < 0) {
            throw new IllegalArgumentException("negative malloc request: " + nbytes);
        }
        long chunk = chunkSize(nbytes);
        long address;
        if (chunk >= mmapThreshold) {
            long mapping = memory.mmap(chunk + CHUNK_HEADER);
            address = mapping + CHUNK_HEADER;
            chunk = VirtualMemory.roundUpToPage(chunk + CHUNK_HEADER);
            chunkSizes.put(address, chunk | MMAPPED);
            mappedChunksInUse++;
        } else {
            long reused = popFree(chunk);
            long chunkAddress = reused != 0 ? reused : carveFromTop(chunk);
            address = chunkAddress + CHUNK_HEADER;
            chunkSizes.put(address, chunk);
        }
        chunksInUse++;
        bytesInUse += chunk;
        peakBytesInUse = Math.max(peakBytesInUse, bytesInUse);
        return address;
    }

    /** free(address); freeing 0 does nothing, as free(NULL) does. */
    public void free(long address) {
        if (address == 0) {
            return;
        }
        long entry = chunkSizes.remove(address);
        if (entry == LongLongMap.MISSING) {
            throw new IllegalStateException("free of an address not allocated by malloc: 0x"
                    + Long.toHexString(address));
        }
        chunksInUse--;
        if ((entry & MMAPPED) != 0) {
            long mapping = entry & ~MMAPPED;
            bytesInUse -= mapping;
            mappedChunksInUse--;
            memory.munmap(address - CHUNK_HEADER, mapping);
            if (mapping > mmapThreshold && mapping <= MAX_MMAP_THRESHOLD) {
                mmapThreshold = mapping;
            }
            return;
        }
        bytesInUse -= entry;
        long chunkAddress = address - CHUNK_HEADER;
        if (chunkAddress + entry == top) {
            top = chunkAddress;
        } else {
            pushFree(chunkAddress, entry);
        }
    }

    /**
     * realloc(address, n). A null address behaves as malloc; the contents are
     * not modelled, only placement.
     */
    public long realloc(long address, long nbytes) {
        if (address == 0) {
            return malloc(nbytes);
        }
        long entry = chunkSizes.get(address);
        if (entry == LongLongMap.MISSING) {
            throw new IllegalStateException("realloc of an address not allocated by malloc: 0x"
                    + Long.toHexString(address));
        }
        long wanted = chunkSize(nbytes);
        if ((entry & MMAPPED) != 0) {
            long mapping = entry & ~MMAPPED;
            if (VirtualMemory.roundUpToPage(wanted + CHUNK_HEADER) == mapping) {
                return address;
            }
        } else if (wanted <= entry) {
            long rest = entry - wanted;
            if (rest >= MIN_CHUNK) {
                chunkSizes.put(address, wanted);
                bytesInUse -= rest;
                long restAddress = address - CHUNK_HEADER + wanted;
                if (restAddress + rest == top) {
                    top = restAddress;
                } else {
                    pushFree(restAddress, rest);
                }
            }
            return address;
        } else if (address - CHUNK_HEADER + entry == top && wanted < mmapThreshold) {
            carveFromTop(wanted - entry);
            chunkSizes.put(address, wanted);
            bytesInUse += wanted - entry;
            peakBytesInUse = Math.max(peakBytesInUse, bytesInUse);
            return address;
        }
        long moved = malloc(nbytes);
        free(address);
        return moved;
    }

    /** Usable size of an allocated chunk (malloc_usable_size), or -1 if not allocated here. */
    public long usableSize(long address) {
        long entry = chunkSizes.get(address);
        if (entry == LongLongMap.MISSING) {
            return -1;
        }
        return (entry & MMAPPED) != 0 ? (entry & ~MMAPPED) - CHUNK_HEADER : entry - 8;
    }

    /** True if {@code address} is currently allocated by this allocator. */
    public boolean isAllocated(long address) {
        return chunkSizes.get(address) != LongLongMap.MISSING;
    }

    /** True if the allocated {@code address} has a mapping of its own. */
    public boolean isMapped(long address) {
        long entry = chunkSizes.get(address);
        return entry != LongLongMap.MISSING && (entry & MMAPPED) != 0;
    }

    public long chunksInUse() {
        return chunksInUse;
    }

    /** Bytes in allocated chunks, headers included. */
    public long bytesInUse() {
        return bytesInUse;
    }

    public long peakBytesInUse() {
        return peakBytesInUse;
    }

    public long mappedChunksInUse() {
        return mappedChunksInUse;
    }

    public long mmapThreshold() {
        return mmapThreshold;
    }

    /** Chunk size glibc uses for a request: header word added, 16-aligned, at least 32. */
    public static long chunkSize(long nbytes) {
        return Math.max(MIN_CHUNK, (nbytes + 8 + 15) & -16L);
    }

    private long carveFromTop(long chunk) {
        long chunkAddress = top;
        top += chunk;
        if (top > heapEnd) {
            // Grow the heap in 128 KiB steps, as glibc pads its sbrk calls.
            long grow = (top - heapEnd + DEFAULT_MMAP_THRESHOLD - 1) & -DEFAULT_MMAP_THRESHOLD;
            memory.sbrk(grow);
            heapEnd += grow;
        }
        return chunkAddress;
    }

    private long popFree(long chunk) {
        int index = (int) (chunk >>> 4);
        if (index < DIRECT_BINS) {
            int count = binCounts[index];
            if (count == 0) {
                return 0;
            }
            binCounts[index] = count - 1;
            return bins[index][count - 1];
        }
        long head = largeBinHeads.get(chunk);
        if (head == LongLongMap.MISSING) {
            return 0;
        }
        long next = nextFree.remove(head);
        if (next == 0) {
            largeBinHeads.remove(chunk);
        } else {
            largeBinHeads.put(chunk, next);
        }
        return head;
    }

    private void pushFree(long chunkAddress, long chunk) {
        int index = (int) (chunk >>> 4);
        if (index < DIRECT_BINS) {
            long[] bin = bins[index];
            int count = binCounts[index];
            if (bin == null) {
                bin = bins[index] = new long[8];
            } else if (count == bin.length) {
                bin = bins[index] = Arrays.copyOf(bin, count * 2);
            }
            bin[count] = chunkAddress;
            binCounts[index] = count + 1;
            return;
        }
        long head = largeBinHeads.get(chunk);
        nextFree.put(chunkAddress, head == LongLongMap.MISSING ? 0 : head);
        largeBinHeads.put(chunk, chunkAddress);
    }
}
