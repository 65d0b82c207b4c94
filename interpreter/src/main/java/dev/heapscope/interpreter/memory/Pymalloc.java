package dev.heapscope.interpreter.memory;

import java.util.Arrays;

/**
 * CPython 3.11's small-object allocator (the one behind {@code PyObject_Malloc}
 * and {@code PyMem_Malloc}) for a 64-bit build, simulated block for block so
 * that {@code id()} values follow the same reuse pattern as in CPython.
 *
 * <h2>Parameters (3.11, 64-bit, radix tree enabled)</h2>
 * Requests of 1..512 bytes are rounded up to a multiple of 16 (32 size
 * classes; class {@code i} holds blocks of {@code 16 * (i + 1)} bytes). Blocks
 * live in 16 KiB pools, each serving one size class at a time and starting with
 * a 48-byte header. Pools are carved from 1 MiB arenas obtained with mmap;
 * an arena whose mapping is not 16 KiB aligned loses its first partial pool,
 * so it holds 63 pools (64 if aligned). Requests of 0 or more than 512 bytes
 * go to the {@link SystemMalloc} (0 becomes 1, as {@code PyMem_RawMalloc}
 * does).
 *
 * <h2>Policy</h2>
 * <ul>
 * <li>Each size class has a list of "used" pools (neither full nor empty);
 * allocation takes the head block of the free list of the first such pool.
 * A freed block is pushed on its pool's free list, so blocks are reused last
 * in, first out. When a pool's free list runs out, its never-used area is
 * carved one block at a time in address order.</li>
 * <li>A pool that becomes full leaves its used list; when one of its blocks is
 * freed it goes back to the front of that list. A pool that becomes empty
 * goes to the front of its arena's list of free pools and keeps its free list:
 * if it is next used for the same size class, its blocks come back in the
 * same order.</li>
 * <li>A new pool comes from the head of {@code usable_arenas}, the arenas with
 * free pools sorted by number of free pools, fewest first (so that nearly
 * empty arenas can drain and be released). A cached free pool is used before
 * a never-used one.</li>
 * <li>An arena whose pools are all free is unmapped, unless it is the last
 * arena in {@code usable_arenas}, which is kept to avoid thrashing. Its
 * arena object goes to the front of the unused list, so arena indexes are
 * reused last in, first out. The arena-object vector starts with 16 entries
 * and doubles, reallocated through the system malloc like CPython's.</li>
 * </ul>
 *
 * <h2>Representation</h2>
 * Pools are numbered: {@code 0..31} are the sentinels of the 32 used-pool
 * lists, and pool {@code k} of arena {@code a} has number
 * {@code 32 + 64 * a + k}. All state is held in primitive arrays indexed by
 * pool number, arena index or block; {@link #allocate} and {@link #free} are
 * O(1) and allocate no Java objects except when a new arena is mapped.
 */
public final class Pymalloc {
    public static final int ALIGNMENT = 16;
    public static final int ALIGNMENT_SHIFT = 4;
    public static final int SMALL_REQUEST_THRESHOLD = 512;
    public static final int NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
    public static final int POOL_SIZE = 16 * 1024;
    public static final int ARENA_SIZE = 1024 * 1024;
    public static final int MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
    /** sizeof(struct pool_header) rounded up to the alignment. */
    public static final int POOL_OVERHEAD = 48;
    public static final int INITIAL_ARENA_OBJECTS = 16;
    /** sizeof(struct arena_object) on 64-bit: what the arena vector costs per entry. */
    public static final int ARENA_OBJECT_SIZE = 48;

    private static final int NONE = -1;
    private static final int FIRST_POOL = NB_SMALL_SIZE_CLASSES;
    private static final int POOL_SHIFT = 14;
    private static final long POOL_MASK = POOL_SIZE - 1;
    /** Room per pool in the per-block arrays: enough for 1021 blocks of 16 bytes. */
    private static final int BLOCK_STRIDE = 1024;
    /** Pool-aligned address just above the mmap area; the page table counts pools down from it. */
    private static final long POOL_TABLE_TOP = (VirtualMemory.MMAP_TOP + POOL_MASK) & ~POOL_MASK;

    private static final int[] BLOCKS_PER_POOL = new int[NB_SMALL_SIZE_CLASSES];
    /**
     * ceil(2^20 / (size class + 1)): dividing a pool offset in 16-byte units (below 1024)
     * by the block size in those units is then a multiply and a shift, exact because the
     * rounding error n / 2^20 stays below 1 / (size class + 1). Freeing does it per block.
     */
    private static final int[] BLOCK_RECIPROCAL = new int[NB_SMALL_SIZE_CLASSES];

    static {
        for (int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
            BLOCKS_PER_POOL[i] = (POOL_SIZE - POOL_OVERHEAD) / blockSize(i);
            BLOCK_RECIPROCAL[i] = ((1 << 20) + i) / (i + 1);
        }
    }

    private final VirtualMemory memory;
    private final SystemMalloc system;

    // Pool state, indexed by pool number.
    private int[] poolCount;      // blocks allocated (ref.count)
    private int[] poolFreeblock;  // head of the free list: block index, or NONE
    private int[] poolNext;
    private int[] poolPrev;
    private int[] poolSizeClass;  // NONE until first used (DUMMY_SIZE_IDX)
    private int[] poolNextIndex;  // next never-used block (nextoffset)
    private int[] blockNext;      // free-list links: [pool * BLOCK_STRIDE + block]
    private boolean[] blockInUse; // [pool * BLOCK_STRIDE + block]

    // Arena objects, indexed by arena index.
    private int maxArenas;
    private long[] arenaAddress;   // 0 when the arena object is unused
    private long[] arenaFirstPool; // first pool-aligned address in the arena
    private long[] arenaPoolAddress; // next never-carved pool
    private int[] arenaFreePoolCount;
    private int[] arenaTotalPools;
    private int[] arenaFreePools;  // head of the cached free pools, singly linked by poolNext
    private int[] arenaNext;
    private int[] arenaPrev;
    private long arenaVectorAddress;

    private int unusedArenaObjects = NONE;
    private int usableArenas = NONE;
    /** nfp2lasta[n]: the last arena in usable_arenas with n free pools, or NONE. */
    private final int[] lastArenaWithFreePools = new int[MAX_POOLS_IN_ARENA + 1];

    /** Page table of pools: [(POOL_TABLE_TOP - pool address) >> 14] holds the pool number, 0 if none. */
    private int[] poolAt = new int[MAX_POOLS_IN_ARENA * INITIAL_ARENA_OBJECTS];

    // Statistics.
    private final long[] blocksInUse = new long[NB_SMALL_SIZE_CLASSES];
    private long pymallocBytesInUse;
    private long peakPymallocBytesInUse;
    private int arenasCurrentlyAllocated;
    private long arenasAllocatedTotal;
    private int arenasHighWater;
    private long rawAllocatedBlocks;

    public Pymalloc() {
        this(new VirtualMemory());
    }

    public Pymalloc(VirtualMemory memory) {
        this(memory, new SystemMalloc(memory));
    }

    public Pymalloc(VirtualMemory memory, SystemMalloc system) {
        this.memory = memory;
        this.system = system;
        int pools = FIRST_POOL;
        poolCount = new int[pools];
        poolFreeblock = new int[pools];
        poolNext = new int[pools];
        poolPrev = new int[pools];
        poolSizeClass = new int[pools];
        poolNextIndex = new int[pools];
        blockNext = new int[0];
        blockInUse = new boolean[0];
        for (int sizeClass = 0; sizeClass < NB_SMALL_SIZE_CLASSES; sizeClass++) {
            poolNext[sizeClass] = sizeClass;
            poolPrev[sizeClass] = sizeClass;
        }
        arenaAddress = new long[0];
        arenaFirstPool = new long[0];
        arenaPoolAddress = new long[0];
        arenaFreePoolCount = new int[0];
        arenaTotalPools = new int[0];
        arenaFreePools = new int[0];
        arenaNext = new int[0];
        arenaPrev = new int[0];
        Arrays.fill(lastArenaWithFreePools, NONE);
    }

    /** Block size of a size class. */
    public static int blockSize(int sizeClass) {
        return (sizeClass + 1) << ALIGNMENT_SHIFT;
    }

    /** Size class of a request of 1..512 bytes. */
    public static int sizeClass(int nbytes) {
        return (nbytes - 1) >> ALIGNMENT_SHIFT;
    }

    /** Blocks that fit in one pool of a size class. */
    public static int blocksPerPool(int sizeClass) {
        return BLOCKS_PER_POOL[sizeClass];
    }

    /** The system malloc that serves large requests. */
    public SystemMalloc system() {
        return system;
    }

    public VirtualMemory memory() {
        return memory;
    }

    /** PyObject_Malloc(nbytes): the address of a new block of at least {@code nbytes} bytes. */
    public long allocate(long nbytes) {
        long address = allocateBlock(nbytes);
        if (windowBlocks != null) {
            windowOrder.put(address, windowBlocks.size());
            windowBlocks.add(address);
        }
        return address;
    }

    /*
     * A window of debugger work (a breakpoint condition, a watch, a repr): the blocks
     * allocated in it and freed in it are not freed at once but when the window closes,
     * in the reverse of the order they were allocated. Each free then undoes its
     * allocation (the block goes back to the head of the free list it came from, an
     * emptied pool back to the front of its arena's free pools), so the program's next
     * allocations get the addresses they would have had without the debugger's work,
     * whatever order that work freed its objects in.
     */
    private java.util.ArrayList<Long> windowBlocks;
    private final java.util.HashMap<Long, Integer> windowOrder = new java.util.HashMap<>();
    private final java.util.BitSet windowFreed = new java.util.BitSet();

    /** Opens a window of debugger work; windows do not nest (the caller tracks nesting). */
    public void beginDebuggerWork() {
        windowBlocks = new java.util.ArrayList<>();
    }

    /** Closes the window: frees the blocks it allocated and freed, last allocated first. */
    public void endDebuggerWork() {
        java.util.ArrayList<Long> blocks = windowBlocks;
        windowBlocks = null;
        if (blocks == null) {
            return;
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (windowFreed.get(i)) {
                free(blocks.get(i));
            }
        }
        windowOrder.clear();
        windowFreed.clear();
    }

    private long allocateBlock(long nbytes) {
        if (nbytes - 1 >= SMALL_REQUEST_THRESHOLD || nbytes - 1 < 0) {
            rawAllocatedBlocks++;
            return system.malloc(nbytes == 0 ? 1 : nbytes);
        }
        int size = (int) (nbytes - 1) >> ALIGNMENT_SHIFT;
        int pool = poolNext[size];
        int block;
        if (pool != size) {
            // A used pool exists: take the head of its free list.
            poolCount[pool]++;
            block = poolFreeblock[pool];
            int next = blockNext[pool * BLOCK_STRIDE + block];
            poolFreeblock[pool] = next;
            if (next == NONE) {
                extendPool(pool, size);
            }
        } else {
            pool = allocateFromNewPool(size);
            block = lastBlock;
        }
        blockInUse[pool * BLOCK_STRIDE + block] = true;
        blocksInUse[size]++;
        pymallocBytesInUse += blockSize(size);
        if (pymallocBytesInUse > peakPymallocBytesInUse) {
            peakPymallocBytesInUse = pymallocBytesInUse;
        }
        return poolAddress(pool) + POOL_OVERHEAD + (long) block * blockSize(size);
    }

    /** PyObject_Free(address); freeing 0 does nothing. */
    public void free(long address) {
        if (address == 0) {
            return;
        }
        if (windowBlocks != null) {
            Integer order = windowOrder.remove(address);
            if (order != null) {
                windowFreed.set(order);
                return;
            }
        }
        int pool = poolOf(address);
        if (pool == 0) {
            system.free(address);
            rawAllocatedBlocks--;
            return;
        }
        int size = poolSizeClass[pool];
        int block = blockIndex(pool, size, address);
        int slot = pool * BLOCK_STRIDE + block;
        if (block < 0 || !blockInUse[slot]) {
            throw new IllegalStateException("free of an address that is not an allocated block: 0x"
                    + Long.toHexString(address));
        }
        blockInUse[slot] = false;
        blocksInUse[size]--;
        pymallocBytesInUse -= blockSize(size);

        int lastFree = poolFreeblock[pool];
        blockNext[slot] = lastFree;
        poolFreeblock[pool] = block;
        poolCount[pool]--;
        if (lastFree == NONE) {
            // The pool was full and in no list: it goes to the front of its used list.
            insertToUsedPools(pool, size);
        } else if (poolCount[pool] == 0) {
            insertToFreePools(pool);
        }
    }

    /**
     * PyObject_Realloc(address, nbytes). A pymalloc block is kept when the new
     * size fits in it and does not shrink it by 25% or more; otherwise a new
     * block (or system chunk) is allocated and the old one freed. A system
     * chunk stays with the system malloc whatever the new size.
     */
    public long reallocate(long address, long nbytes) {
        if (address == 0) {
            return allocate(nbytes);
        }
        int pool = poolOf(address);
        if (pool == 0) {
            return system.realloc(address, nbytes == 0 ? 1 : nbytes);
        }
        int size = blockSize(poolSizeClass[pool]);
        if (nbytes <= size && 4 * nbytes > 3L * size) {
            return address;
        }
        long moved = allocate(nbytes);
        free(address);
        return moved;
    }

    /** True if {@code address} is a block allocated by pymalloc itself (not by the system malloc). */
    public boolean isPymallocBlock(long address) {
        int pool = poolOf(address);
        if (pool == 0) {
            return false;
        }
        int block = blockIndex(pool, poolSizeClass[pool], address);
        return block >= 0 && blockInUse[pool * BLOCK_STRIDE + block];
    }

    /** Where {@code address} lives; changes nothing. */
    public BlockPlacement placement(long address) {
        int pool = poolOf(address);
        if (pool == 0) {
            if (system.isAllocated(address)) {
                return BlockPlacement.system(address, system.isMapped(address), system.usableSize(address));
            }
            return BlockPlacement.unknown(address);
        }
        int arena = (pool - FIRST_POOL) / MAX_POOLS_IN_ARENA;
        int size = poolSizeClass[pool];
        long poolAddress = poolAddress(pool);
        int block = (int) ((address - poolAddress - POOL_OVERHEAD) / blockSize(size));
        boolean inBlocks = address >= poolAddress + POOL_OVERHEAD && block < BLOCKS_PER_POOL[size];
        return new BlockPlacement(BlockPlacement.Domain.PYMALLOC, address, arena, arenaAddress[arena],
                poolAddress, size, blockSize(size), inBlocks ? block : -1,
                inBlocks && blockInUse[pool * BLOCK_STRIDE + block]);
    }

    // ---- statistics ----

    /** Blocks allocated in a size class. */
    public long blocksInUse(int sizeClass) {
        return blocksInUse[sizeClass];
    }

    /** Pools currently serving a size class (used or full). */
    public int poolsInUse(int sizeClass) {
        int count = 0;
        for (int pool = FIRST_POOL; pool < poolCount.length; pool++) {
            if (poolCount[pool] > 0 && poolSizeClass[pool] == sizeClass) {
                count++;
            }
        }
        return count;
    }

    /** Pools holding at least one block, all size classes. */
    public int poolsInUse() {
        int count = 0;
        for (int pool = FIRST_POOL; pool < poolCount.length; pool++) {
            if (poolCount[pool] > 0) {
                count++;
            }
        }
        return count;
    }

    /** Bytes in allocated pymalloc blocks. */
    public long pymallocBytesInUse() {
        return pymallocBytesInUse;
    }

    /** Highest value {@link #pymallocBytesInUse()} has had. */
    public long peakPymallocBytesInUse() {
        return peakPymallocBytesInUse;
    }

    /** Bytes in use in both allocators: pymalloc blocks plus system malloc chunks. */
    public long bytesInUse() {
        return pymallocBytesInUse + system.bytesInUse();
    }

    public int arenasCurrentlyAllocated() {
        return arenasCurrentlyAllocated;
    }

    public long arenasAllocatedTotal() {
        return arenasAllocatedTotal;
    }

    public long arenasReclaimed() {
        return arenasAllocatedTotal - arenasCurrentlyAllocated;
    }

    public int arenasHighWater() {
        return arenasHighWater;
    }

    /** Entries in the arena-object vector (maxarenas). */
    public int arenaObjectCapacity() {
        return maxArenas;
    }

    /** Address of the arena-object vector in the system malloc, 0 before the first arena. */
    public long arenaVectorAddress() {
        return arenaVectorAddress;
    }

    /** Requests currently served by the system malloc through this allocator. */
    public long rawAllocatedBlocks() {
        return rawAllocatedBlocks;
    }

    /** Base address of an arena, 0 if the arena object is unused. */
    public long arenaAddress(int arena) {
        return arena < maxArenas ? arenaAddress[arena] : 0;
    }

    /** Free pools of an allocated arena (cached and never used). */
    public int arenaFreePools(int arena) {
        return arenaFreePoolCount[arena];
    }

    /** Pools of an allocated arena: 63, or 64 if its mapping is pool aligned. */
    public int arenaTotalPools(int arena) {
        return arenaTotalPools[arena];
    }

    /** Indexes of the arenas in usable_arenas order (fewest free pools first). */
    public int[] usableArenaOrder() {
        int n = 0;
        for (int a = usableArenas; a != NONE; a = arenaNext[a]) {
            n++;
        }
        int[] order = new int[n];
        int i = 0;
        for (int a = usableArenas; a != NONE; a = arenaNext[a]) {
            order[i++] = a;
        }
        return order;
    }

    /**
     * The report {@code sys._debugmallocstats()} prints for pymalloc, in its
     * layout (size-class table, arena counters, byte accounting).
     */
    public String debugMallocStats() {
        StringBuilder out = new StringBuilder();
        out.append("Small block threshold = ").append(SMALL_REQUEST_THRESHOLD).append(", in ")
                .append(NB_SMALL_SIZE_CLASSES).append(" size classes.\n\n");
        out.append("class   size   num pools   blocks in use  avail blocks\n");
        out.append("-----   ----   ---------   -------------  ------------\n");
        int[] pools = new int[NB_SMALL_SIZE_CLASSES];
        long[] avail = new long[NB_SMALL_SIZE_CLASSES];
        int freePools = 0;
        for (int pool = FIRST_POOL; pool < poolCount.length; pool++) {
            int arena = (pool - FIRST_POOL) / MAX_POOLS_IN_ARENA;
            if (arenaAddress[arena] == 0 || !isCarved(pool)) {
                continue;
            }
            if (poolCount[pool] == 0) {
                freePools++;
                continue;
            }
            int size = poolSizeClass[pool];
            pools[size]++;
            avail[size] += BLOCKS_PER_POOL[size] - poolCount[pool];
        }
        long allocatedBytes = 0;
        long availableBytes = 0;
        long poolHeaderBytes = 0;
        long quantization = 0;
        for (int size = 0; size < NB_SMALL_SIZE_CLASSES; size++) {
            if (pools[size] == 0) {
                continue;
            }
            out.append(String.format("%5d %6d %11d %15d %13d%n", size, blockSize(size), pools[size],
                    blocksInUse[size], avail[size]));
            allocatedBytes += blocksInUse[size] * blockSize(size);
            availableBytes += avail[size] * blockSize(size);
            poolHeaderBytes += (long) pools[size] * POOL_OVERHEAD;
            quantization += (long) pools[size]
                    * ((POOL_SIZE - POOL_OVERHEAD) % blockSize(size));
        }
        int neverCarved = 0;
        long alignmentLoss = 0;
        for (int arena = 0; arena < maxArenas; arena++) {
            if (arenaAddress[arena] == 0) {
                continue;
            }
            neverCarved += (int) ((arenaFirstPool[arena] + (long) arenaTotalPools[arena] * POOL_SIZE
                    - arenaPoolAddress[arena]) / POOL_SIZE);
            alignmentLoss += (long) (MAX_POOLS_IN_ARENA - arenaTotalPools[arena]) * POOL_SIZE;
        }
        out.append('\n');
        appendStat(out, "# arenas allocated total", arenasAllocatedTotal);
        appendStat(out, "# arenas reclaimed", arenasReclaimed());
        appendStat(out, "# arenas highwater mark", arenasHighWater);
        appendStat(out, "# arenas allocated current", arenasCurrentlyAllocated);
        appendStat(out, String.format("%d arenas * %d bytes/arena", arenasCurrentlyAllocated, ARENA_SIZE),
                (long) arenasCurrentlyAllocated * ARENA_SIZE);
        out.append('\n');
        appendStat(out, "# bytes in allocated blocks", allocatedBytes);
        appendStat(out, "# bytes in available blocks", availableBytes);
        appendStat(out, String.format("%d unused pools * %d bytes", freePools + neverCarved, POOL_SIZE),
                (long) (freePools + neverCarved) * POOL_SIZE);
        appendStat(out, "# bytes lost to pool headers", poolHeaderBytes);
        appendStat(out, "# bytes lost to quantization", quantization);
        appendStat(out, "# bytes lost to arena alignment", alignmentLoss);
        appendStat(out, "Total", allocatedBytes + availableBytes + (long) (freePools + neverCarved) * POOL_SIZE
                + poolHeaderBytes + quantization + alignmentLoss);
        return out.toString();
    }

    private static void appendStat(StringBuilder out, String label, long value) {
        out.append(String.format("%-35s=%,21d%n", label, value));
    }

    // ---- internals ----

    /** Block returned by the last {@link #allocateFromNewPool} call (avoids returning a pair). */
    private int lastBlock;

    /** Index of the block starting at {@code address} in {@code pool}, or -1 if no block starts there. */
    private int blockIndex(int pool, int size, long address) {
        if (size == NONE) {
            return -1;
        }
        long offset = address - poolAddress(pool) - POOL_OVERHEAD;
        if (offset < 0 || offset >= POOL_SIZE || (offset & ((1 << ALIGNMENT_SHIFT) - 1)) != 0) {
            return -1;
        }
        int units = (int) offset >> ALIGNMENT_SHIFT;
        int block = (int) (((long) units * BLOCK_RECIPROCAL[size]) >>> 20);
        if (block * (size + 1) != units || block >= BLOCKS_PER_POOL[size]) {
            return -1;
        }
        return block;
    }

    private boolean isCarved(int pool) {
        int arena = (pool - FIRST_POOL) / MAX_POOLS_IN_ARENA;
        return poolAddress(pool) < arenaPoolAddress[arena];
    }

    private long poolAddress(int pool) {
        int p = pool - FIRST_POOL;
        return arenaFirstPool[p >> 6] + ((long) (p & (MAX_POOLS_IN_ARENA - 1)) << POOL_SHIFT);
    }

    /** The pool number owning {@code address}, or 0 if pymalloc does not manage it (address_in_range). */
    private int poolOf(long address) {
        long distance = POOL_TABLE_TOP - (address & ~POOL_MASK);
        if (distance <= 0) {
            return 0;
        }
        long index = (distance >> POOL_SHIFT) - 1;
        return index < poolAt.length ? poolAt[(int) index] : 0;
    }

    private void extendPool(int pool, int size) {
        int next = poolNextIndex[pool];
        if (next < BLOCKS_PER_POOL[size]) {
            // Room left in the never-used area: the next block becomes the free list.
            poolFreeblock[pool] = next;
            blockNext[pool * BLOCK_STRIDE + next] = NONE;
            poolNextIndex[pool] = next + 1;
            return;
        }
        // The pool is full: unlink it from the used list.
        int nextPool = poolNext[pool];
        int prevPool = poolPrev[pool];
        poolPrev[nextPool] = prevPool;
        poolNext[prevPool] = nextPool;
    }

    private int allocateFromNewPool(int size) {
        if (usableArenas == NONE) {
            usableArenas = newArena();
            arenaNext[usableArenas] = NONE;
            arenaPrev[usableArenas] = NONE;
            lastArenaWithFreePools[arenaFreePoolCount[usableArenas]] = usableArenas;
        }
        int arena = usableArenas;
        int nfree = arenaFreePoolCount[arena];
        if (lastArenaWithFreePools[nfree] == arena) {
            lastArenaWithFreePools[nfree] = NONE;
        }
        if (nfree > 1) {
            // This arena had the fewest free pools, so it still has after this one goes.
            lastArenaWithFreePools[nfree - 1] = arena;
        }

        int pool = arenaFreePools[arena];
        if (pool != NONE) {
            arenaFreePools[arena] = poolNext[pool];
        } else {
            pool = FIRST_POOL + arena * MAX_POOLS_IN_ARENA
                    + (int) ((arenaPoolAddress[arena] - arenaFirstPool[arena]) >> POOL_SHIFT);
            poolSizeClass[pool] = NONE;
            arenaPoolAddress[arena] += POOL_SIZE;
        }
        arenaFreePoolCount[arena] = nfree - 1;
        if (nfree - 1 == 0) {
            // Wholly allocated: the arena leaves usable_arenas.
            usableArenas = arenaNext[arena];
            if (usableArenas != NONE) {
                arenaPrev[usableArenas] = NONE;
            }
        }

        // Front-link to the (empty) used list of this size class.
        poolNext[pool] = size;
        poolPrev[pool] = size;
        poolNext[size] = pool;
        poolPrev[size] = pool;
        poolCount[pool] = 1;
        if (poolSizeClass[pool] == size) {
            // Last used for the same size class: its free list is still valid.
            // An empty pool's free list holds every block it ever carved, at least
            // two, so it cannot run out here.
            int block = poolFreeblock[pool];
            poolFreeblock[pool] = blockNext[pool * BLOCK_STRIDE + block];
            lastBlock = block;
            return pool;
        }
        poolSizeClass[pool] = size;
        poolNextIndex[pool] = 2;
        poolFreeblock[pool] = 1;
        blockNext[pool * BLOCK_STRIDE + 1] = NONE;
        lastBlock = 0;
        return pool;
    }

    private void insertToUsedPools(int pool, int size) {
        int next = poolNext[size];
        poolNext[pool] = next;
        poolPrev[pool] = size;
        poolPrev[next] = pool;
        poolNext[size] = pool;
    }

    private void insertToFreePools(int pool) {
        int next = poolNext[pool];
        int prev = poolPrev[pool];
        poolPrev[next] = prev;
        poolNext[prev] = next;

        int arena = (pool - FIRST_POOL) / MAX_POOLS_IN_ARENA;
        poolNext[pool] = arenaFreePools[arena];
        arenaFreePools[arena] = pool;
        int nf = arenaFreePoolCount[arena];
        int lastWithNf = lastArenaWithFreePools[nf];
        if (lastWithNf == arena) {
            int p = arenaPrev[arena];
            lastArenaWithFreePools[nf] = (p != NONE && arenaFreePoolCount[p] == nf) ? p : NONE;
        }
        nf++;
        arenaFreePoolCount[arena] = nf;

        if (nf == arenaTotalPools[arena] && arenaNext[arena] != NONE) {
            // Every pool is free and it is not the last usable arena: release it.
            unlinkUsableArena(arena);
            arenaNext[arena] = unusedArenaObjects;
            unusedArenaObjects = arena;
            releaseArena(arena);
            return;
        }
        if (nf == 1) {
            // It was full, so not in usable_arenas: it goes to the head.
            arenaNext[arena] = usableArenas;
            arenaPrev[arena] = NONE;
            if (usableArenas != NONE) {
                arenaPrev[usableArenas] = arena;
            }
            usableArenas = arena;
            if (lastArenaWithFreePools[1] == NONE) {
                lastArenaWithFreePools[1] = arena;
            }
            return;
        }
        if (lastArenaWithFreePools[nf] == NONE) {
            lastArenaWithFreePools[nf] = arena;
        }
        if (arena == lastWithNf) {
            // It was the rightmost with its old count, so the order still holds.
            return;
        }
        // Slide it right, to just after the last arena with its old count.
        unlinkUsableArena(arena);
        arenaPrev[arena] = lastWithNf;
        arenaNext[arena] = arenaNext[lastWithNf];
        if (arenaNext[arena] != NONE) {
            arenaPrev[arenaNext[arena]] = arena;
        }
        arenaNext[lastWithNf] = arena;
    }

    private void unlinkUsableArena(int arena) {
        int prev = arenaPrev[arena];
        int next = arenaNext[arena];
        if (prev == NONE) {
            usableArenas = next;
        } else {
            arenaNext[prev] = next;
        }
        if (next != NONE) {
            arenaPrev[next] = prev;
        }
    }

    private int newArena() {
        if (unusedArenaObjects == NONE) {
            growArenaObjects();
        }
        int arena = unusedArenaObjects;
        unusedArenaObjects = arenaNext[arena];
        long address = memory.mmap(ARENA_SIZE);
        arenaAddress[arena] = address;
        arenasCurrentlyAllocated++;
        arenasAllocatedTotal++;
        arenasHighWater = Math.max(arenasHighWater, arenasCurrentlyAllocated);
        arenaFreePools[arena] = NONE;
        long firstPool = (address + POOL_MASK) & ~POOL_MASK;
        int pools = firstPool == address ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1;
        arenaFirstPool[arena] = firstPool;
        arenaPoolAddress[arena] = firstPool;
        arenaFreePoolCount[arena] = pools;
        arenaTotalPools[arena] = pools;
        for (int k = 0; k < pools; k++) {
            int pool = FIRST_POOL + arena * MAX_POOLS_IN_ARENA + k;
            poolCount[pool] = 0;
            poolSizeClass[pool] = NONE;
            setPoolAt(firstPool + ((long) k << POOL_SHIFT), pool);
        }
        return arena;
    }

    private void releaseArena(int arena) {
        long firstPool = arenaFirstPool[arena];
        for (int k = 0; k < arenaTotalPools[arena]; k++) {
            setPoolAt(firstPool + ((long) k << POOL_SHIFT), 0);
        }
        memory.munmap(arenaAddress[arena], ARENA_SIZE);
        arenaAddress[arena] = 0;
        arenasCurrentlyAllocated--;
    }

    private void setPoolAt(long poolAddress, int pool) {
        long index = ((POOL_TABLE_TOP - poolAddress) >> POOL_SHIFT) - 1;
        if (index < 0 || index > Integer.MAX_VALUE / 2) {
            throw new IllegalStateException("arena outside the simulated mmap area");
        }
        if (index >= poolAt.length) {
            poolAt = Arrays.copyOf(poolAt, Math.max((int) index + 1, poolAt.length * 2));
        }
        poolAt[(int) index] = pool;
    }

    /** Doubles the arena-object vector (16 entries at first), as new_arena does. */
    private void growArenaObjects() {
        int numArenas = maxArenas == 0 ? INITIAL_ARENA_OBJECTS : maxArenas << 1;
        arenaVectorAddress = system.realloc(arenaVectorAddress, (long) numArenas * ARENA_OBJECT_SIZE);
        arenaAddress = Arrays.copyOf(arenaAddress, numArenas);
        arenaFirstPool = Arrays.copyOf(arenaFirstPool, numArenas);
        arenaPoolAddress = Arrays.copyOf(arenaPoolAddress, numArenas);
        arenaFreePoolCount = Arrays.copyOf(arenaFreePoolCount, numArenas);
        arenaTotalPools = Arrays.copyOf(arenaTotalPools, numArenas);
        arenaFreePools = Arrays.copyOf(arenaFreePools, numArenas);
        arenaNext = Arrays.copyOf(arenaNext, numArenas);
        arenaPrev = Arrays.copyOf(arenaPrev, numArenas);
        for (int i = maxArenas; i < numArenas; i++) {
            arenaAddress[i] = 0;
            arenaNext[i] = i < numArenas - 1 ? i + 1 : NONE;
            arenaPrev[i] = NONE;
        }
        unusedArenaObjects = maxArenas;

        int pools = FIRST_POOL + numArenas * MAX_POOLS_IN_ARENA;
        poolCount = Arrays.copyOf(poolCount, pools);
        poolFreeblock = Arrays.copyOf(poolFreeblock, pools);
        poolNext = Arrays.copyOf(poolNext, pools);
        poolPrev = Arrays.copyOf(poolPrev, pools);
        poolSizeClass = Arrays.copyOf(poolSizeClass, pools);
        poolNextIndex = Arrays.copyOf(poolNextIndex, pools);
        blockNext = Arrays.copyOf(blockNext, pools * BLOCK_STRIDE);
        blockInUse = Arrays.copyOf(blockInUse, pools * BLOCK_STRIDE);
        maxArenas = numArenas;
    }
}
