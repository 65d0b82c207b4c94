package dev.heapscope.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Program output becomes whole characters in output events, however the bytes are split. */
class OutputEventsTest {
    @Test
    void aCharacterSplitAcrossWritesWaitsForItsLastByte() {
        List<String> events = new ArrayList<>();
        OutputEvents out = new OutputEvents("stdout", (category, text) -> events.add(category + ":" + text));
        byte[] bytes = "hé€😀\n".getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            out.write(b);
        }
        assertEquals("hé€😀\n", String.join("", events).replace("stdout:", ""));
        for (String e : events) {
            assertEquals(e, new String(e.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
    }

    @Test
    void completePrefixStopsBeforeAnUnfinishedSequence() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        assertEquals(1, OutputEvents.completePrefix(new byte[] {'a', euro[0], euro[1]}));
        assertEquals(4, OutputEvents.completePrefix(new byte[] {'a', euro[0], euro[1], euro[2]}));
        assertEquals(2, OutputEvents.completePrefix(new byte[] {'a', 'b'}));
    }
}
