package dev.heapscope.interpreter.memory;

/**
 * Where an address lives in the simulated allocators, for the inspector and
 * {@code --memory-report}. Fields that do not apply to the domain are -1 (or
 * 0 for addresses).
 *
 * @param domain     which allocator owns the address
 * @param address    the address asked about
 * @param arenaIndex index of the pymalloc arena object
 * @param arenaBase  start of the arena's 1 MiB mapping
 * @param poolBase   start of the 16 KiB pool (its 48-byte header comes first)
 * @param sizeClass  pymalloc size class, 0..31
 * @param blockSize  bytes per block of that class; for system chunks the usable size
 * @param blockIndex index of the block within its pool, counted from the first block after the header
 * @param allocated  whether that block (or chunk) is currently allocated
 */
public record BlockPlacement(Domain domain, long address, int arenaIndex, long arenaBase, long poolBase,
        int sizeClass, long blockSize, int blockIndex, boolean allocated) {

    /** Owner of an address. */
    public enum Domain {
        /** A block in a pymalloc pool. */
        PYMALLOC,
        /** A chunk of the system malloc in the brk heap. */
        SYSTEM_HEAP,
        /** A system malloc chunk with an mmap mapping of its own. */
        SYSTEM_MMAP,
        /** Not an address either allocator knows. */
        UNKNOWN
    }

    static BlockPlacement system(long address, boolean mapped, long usableSize) {
        return new BlockPlacement(mapped ? Domain.SYSTEM_MMAP : Domain.SYSTEM_HEAP, address, -1, 0, 0, -1,
                usableSize, -1, true);
    }

    static BlockPlacement unknown(long address) {
        return new BlockPlacement(Domain.UNKNOWN, address, -1, 0, 0, -1, -1, -1, false);
    }

    @Override
    public String toString() {
        return switch (domain) {
            case PYMALLOC -> String.format("0x%x: pymalloc arena %d (0x%x) pool 0x%x class %d (%d bytes) block %d%s",
                    address, arenaIndex, arenaBase, poolBase, sizeClass, blockSize, blockIndex,
                    allocated ? "" : " (free)");
            case SYSTEM_HEAP -> String.format("0x%x: malloc heap chunk, %d usable bytes", address, blockSize);
            case SYSTEM_MMAP -> String.format("0x%x: malloc mmap chunk, %d usable bytes", address, blockSize);
            case UNKNOWN -> String.format("0x%x: not allocated", address);
        };
    }
}
