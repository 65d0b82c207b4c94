package dev.heapscope.interpreter.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PymallocTest {
    private final Pymalloc heap = new Pymalloc();

    @Test
    void requestsAreRoundedToSixteenByteSizeClasses() {
        for (int n = 1; n <= 512; n++) {
            long address = heap.allocate(n);
            BlockPlacement where = heap.placement(address);
            assertEquals(BlockPlacement.Domain.PYMALLOC, where.domain());
            assertEquals((n + 15) / 16 - 1, where.sizeClass(), "size class of " + n);
            assertEquals((n + 15) / 16 * 16, where.blockSize());
            assertEquals(0, address % 16);
            assertTrue(where.allocated());
        }
        assertEquals(32, Pymalloc.NB_SMALL_SIZE_CLASSES);
        assertEquals(1021, Pymalloc.blocksPerPool(0));
        assertEquals(31, Pymalloc.blocksPerPool(31));
    }

    @Test
    void freshPoolIsCarvedInAddressOrderAfterItsHeader() {
        long first = heap.allocate(64);
        BlockPlacement where = heap.placement(first);
        assertEquals(where.poolBase() + Pymalloc.POOL_OVERHEAD, first);
        assertEquals(0, where.poolBase() % Pymalloc.POOL_SIZE);
        for (int k = 1; k < Pymalloc.blocksPerPool(3); k++) {
            assertEquals(first + 64L * k, heap.allocate(60));
        }
        long next = heap.allocate(64);
        assertEquals(where.poolBase() + Pymalloc.POOL_SIZE + Pymalloc.POOL_OVERHEAD, next,
                "a full pool is followed by the next pool of the arena");
    }

    @Test
    void freedBlocksAreReusedLastInFirstOut() {
        long[] blocks = new long[6];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = heap.allocate(32);
        }
        heap.free(blocks[1]);
        heap.free(blocks[4]);
        heap.free(blocks[2]);
        assertEquals(blocks[2], heap.allocate(32));
        assertEquals(blocks[4], heap.allocate(17));
        assertEquals(blocks[1], heap.allocate(32));
        assertEquals(blocks[5] + 32, heap.allocate(32), "then the never-used area again");
    }

    @Test
    void sizeClassesHaveSeparatePools() {
        long a = heap.allocate(16);
        long b = heap.allocate(32);
        assertNotEquals(heap.placement(a).poolBase(), heap.placement(b).poolBase());
        heap.free(a);
        assertNotEquals(a, heap.allocate(32), "a freed 16-byte block does not serve a 32-byte request");
    }

    @Test
    void poolLeavingFullStateGoesToFrontOfUsedList() {
        int perPool = Pymalloc.blocksPerPool(31);
        List<Long> firstPool = new ArrayList<>();
        for (int i = 0; i < perPool; i++) {
            firstPool.add(heap.allocate(512));
        }
        long secondPoolBlock = heap.allocate(512);
        assertNotEquals(heap.placement(firstPool.get(0)).poolBase(), heap.placement(secondPoolBlock).poolBase());
        heap.free(firstPool.get(7));
        assertEquals(firstPool.get(7), heap.allocate(512), "the pool that was full is now first in line");
    }

    @Test
    void emptiedPoolIsReusedForAnotherSizeClass() {
        long a = heap.allocate(100);
        long b = heap.allocate(100);
        long pool = heap.placement(a).poolBase();
        heap.free(a);
        heap.free(b);
        assertEquals(0, heap.poolsInUse(6));
        long c = heap.allocate(200);
        assertEquals(pool, heap.placement(c).poolBase(), "the cached free pool is used before carving a new one");
        assertEquals(pool + Pymalloc.POOL_OVERHEAD, c);
        assertEquals(12, heap.placement(c).sizeClass());
    }

    @Test
    void emptiedPoolReusedForSameClassKeepsItsFreeList() {
        long a = heap.allocate(48);
        long b = heap.allocate(48);
        long c = heap.allocate(48);
        heap.free(b);
        heap.free(a);
        heap.free(c);
        assertEquals(c, heap.allocate(48));
        assertEquals(a, heap.allocate(48));
        assertEquals(b, heap.allocate(48));
    }

    @Test
    void unalignedArenaHoldsSixtyThreePools() {
        long first = heap.allocate(512);
        assertEquals(1, heap.arenasCurrentlyAllocated());
        assertEquals(63, heap.arenaTotalPools(0));
        long arenaBase = heap.placement(first).arenaBase();
        assertNotEquals(0, arenaBase % Pymalloc.POOL_SIZE);
        assertEquals((arenaBase + Pymalloc.POOL_SIZE - 1) / Pymalloc.POOL_SIZE * Pymalloc.POOL_SIZE,
                heap.placement(first).poolBase());
        int blocksPerArena = 63 * Pymalloc.blocksPerPool(31);
        for (int i = 1; i < blocksPerArena; i++) {
            assertEquals(0, heap.placement(heap.allocate(512)).arenaIndex());
        }
        long next = heap.allocate(512);
        assertEquals(1, heap.placement(next).arenaIndex());
        assertEquals(2, heap.arenasCurrentlyAllocated());
        assertTrue(heap.placement(next).arenaBase() < arenaBase, "mmap hands out addresses downwards");
        assertTrue(Long.toHexString(next).startsWith("7f"));
    }

    @Test
    void emptyArenaIsReleasedUnlessItIsTheLastUsable() {
        int blocksPerArena = 63 * Pymalloc.blocksPerPool(31);
        List<Long> arena0 = new ArrayList<>();
        for (int i = 0; i < blocksPerArena; i++) {
            arena0.add(heap.allocate(512));
        }
        long inArena1 = heap.allocate(512);
        assertEquals(2, heap.arenasCurrentlyAllocated());
        long arena0Base = heap.arenaAddress(0);
        for (long block : arena0) {
            heap.free(block);
        }
        assertEquals(1, heap.arenasCurrentlyAllocated(), "arena 0 drained while arena 1 is usable");
        assertEquals(0, heap.arenaAddress(0));
        assertEquals(1, heap.arenasReclaimed());
        heap.free(inArena1);
        assertEquals(1, heap.arenasCurrentlyAllocated(), "the last usable arena is kept");
        assertEquals(2, heap.arenasHighWater());
        long again = heap.allocate(512);
        assertEquals(1, heap.placement(again).arenaIndex());

        // A new arena reuses the most recently released arena object and mapping.
        for (int i = 1; i < blocksPerArena; i++) {
            heap.allocate(512);
        }
        long fresh = heap.allocate(512);
        assertEquals(0, heap.placement(fresh).arenaIndex());
        assertEquals(arena0Base, heap.placement(fresh).arenaBase());
    }

    @Test
    void usableArenasPreferTheMostFullArena() {
        int perArena = 63 * Pymalloc.blocksPerPool(31);
        List<Long> arena0 = new ArrayList<>();
        List<Long> arena1 = new ArrayList<>();
        for (int i = 0; i < perArena; i++) {
            arena0.add(heap.allocate(512));
        }
        for (int i = 0; i < perArena; i++) {
            arena1.add(heap.allocate(512));
        }
        heap.allocate(512); // arena 2 keeps the others releasable
        int perPool = Pymalloc.blocksPerPool(31);
        // Empty three pools of arena 0 and one pool of arena 1.
        for (int i = 0; i < 3 * perPool; i++) {
            heap.free(arena0.get(i));
        }
        for (int i = 0; i < perPool; i++) {
            heap.free(arena1.get(i));
        }
        int[] order = heap.usableArenaOrder();
        assertEquals(1, order[0], "arena 1 has the fewest free pools");
        assertEquals(0, order[1]);
        long next = heap.allocate(16);
        assertEquals(1, heap.placement(next).arenaIndex());
        assertEquals(heap.placement(arena1.get(0)).poolBase(), heap.placement(next).poolBase());
    }

    @Test
    void arenaObjectVectorStartsAtSixteenAndDoubles() {
        int perArena = 63 * Pymalloc.blocksPerPool(31);
        heap.allocate(512);
        assertEquals(16, heap.arenaObjectCapacity());
        long vector = heap.arenaVectorAddress();
        assertEquals(16L * Pymalloc.ARENA_OBJECT_SIZE, heap.system().usableSize(vector) / 16 * 16);
        for (int i = 1; i < 16 * perArena + 1; i++) {
            heap.allocate(512);
        }
        assertEquals(17, heap.arenasCurrentlyAllocated());
        assertEquals(32, heap.arenaObjectCapacity());
    }

    @Test
    void largeAndEmptyRequestsGoToTheSystemMalloc() {
        long big = heap.allocate(513);
        long empty = heap.allocate(0);
        assertEquals(BlockPlacement.Domain.SYSTEM_HEAP, heap.placement(big).domain());
        assertEquals(BlockPlacement.Domain.SYSTEM_HEAP, heap.placement(empty).domain());
        assertTrue(Long.toHexString(big).startsWith("55"));
        assertEquals(2, heap.rawAllocatedBlocks());
        assertEquals(0, heap.arenasCurrentlyAllocated());
        heap.free(big);
        assertEquals(big, heap.allocate(513), "same size freed then requested comes back");
        assertEquals(1 + 1, heap.rawAllocatedBlocks());
        long huge = heap.allocate(1 << 20);
        assertEquals(BlockPlacement.Domain.SYSTEM_MMAP, heap.placement(huge).domain());
        assertTrue(Long.toHexString(huge).startsWith("7f"));
    }

    @Test
    void reallocateFollowsPymallocRules() {
        long block = heap.allocate(100); // 112-byte block
        assertEquals(block, heap.reallocate(block, 112), "fits");
        assertEquals(block, heap.reallocate(block, 85), "shrinks by less than a quarter");
        long moved = heap.reallocate(block, 84);
        assertNotEquals(block, moved, "shrinks by a quarter: copied to a smaller class");
        assertEquals(5, heap.placement(moved).sizeClass());
        long large = heap.reallocate(moved, 600);
        assertEquals(BlockPlacement.Domain.SYSTEM_HEAP, heap.placement(large).domain());
        long still = heap.reallocate(large, 10);
        assertEquals(BlockPlacement.Domain.SYSTEM_HEAP, heap.placement(still).domain(),
                "a system chunk stays with the system malloc");
        assertEquals(heap.allocate(77), heap.reallocate(0, 77) - 80, "realloc(NULL) allocates");
    }

    @Test
    void invalidFreeIsReported() {
        long block = heap.allocate(40);
        heap.free(block);
        assertThrows(IllegalStateException.class, () -> heap.free(block));
        long other = heap.allocate(40);
        assertThrows(IllegalStateException.class, () -> heap.free(other + 16));
        assertThrows(IllegalStateException.class, () -> heap.free(0x1234_5670L));
        heap.free(0);
    }

    @Test
    void placementChangesNothing() {
        long a = heap.allocate(24);
        BlockPlacement before = heap.placement(a);
        heap.placement(a + 8);
        heap.placement(0x5555_0000L);
        assertEquals(before, heap.placement(a));
        assertEquals(a + 32, heap.allocate(24));
        heap.free(a);
        assertFalse(heap.placement(a).allocated());
    }

    @Test
    void statisticsFollowAllocations() {
        long a = heap.allocate(10);
        long b = heap.allocate(10);
        long c = heap.allocate(300);
        assertEquals(2, heap.blocksInUse(0));
        assertEquals(1, heap.blocksInUse(18));
        assertEquals(16 + 16 + 304, heap.pymallocBytesInUse());
        heap.free(a);
        heap.free(c);
        assertEquals(16, heap.pymallocBytesInUse());
        assertEquals(16 + 16 + 304, heap.peakPymallocBytesInUse());
        assertEquals(1, heap.poolsInUse());
        String stats = heap.debugMallocStats();
        assertTrue(stats.contains("    0     16           1               1          1020\n"), stats);
        assertTrue(stats.contains("# bytes lost to arena alignment    =               16,384\n"), stats);
        heap.free(b);
        assertEquals(0, heap.poolsInUse());
    }

    /** Random traffic: live blocks never overlap and every freed block can be reallocated. */
    @Test
    void randomTrafficKeepsBlocksDisjoint() {
        Random random = new Random(311);
        List<long[]> live = new ArrayList<>();
        Set<Long> addresses = new HashSet<>();
        for (int step = 0; step < 200_000; step++) {
            if (live.isEmpty() || random.nextInt(100) < 52) {
                int n = random.nextInt(100) < 97 ? 1 + random.nextInt(512) : 513 + random.nextInt(4000);
                long address = heap.allocate(n);
                assertTrue(addresses.add(address), "address handed out twice");
                live.add(new long[] {address, n});
            } else {
                long[] victim = live.remove(random.nextInt(live.size()));
                addresses.remove(victim[0]);
                heap.free(victim[0]);
            }
        }
        live.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < live.size(); i++) {
            assertTrue(live.get(i - 1)[0] + live.get(i - 1)[1] <= live.get(i)[0], "overlapping blocks");
        }
        for (long[] block : live) {
            heap.free(block[0]);
        }
        assertEquals(0, heap.pymallocBytesInUse());
        assertEquals(1, heap.system().chunksInUse(), "only the arena-object vector is left");
        assertEquals(heap.arenaVectorAddress(), heap.placement(heap.arenaVectorAddress()).address());
        assertEquals(1, heap.arenasCurrentlyAllocated());
    }
}
