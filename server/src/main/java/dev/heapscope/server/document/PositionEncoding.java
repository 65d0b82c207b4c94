package dev.heapscope.server.document;

import java.util.List;

/**
 * The unit an LSP position's character counts, as negotiated at initialize. The protocol's
 * default is UTF-16 code units; a client may offer UTF-8 (CPython's AST columns are UTF-8
 * bytes) or UTF-32 (code points).
 */
public enum PositionEncoding {
    UTF8("utf-8"),
    UTF16("utf-16"),
    UTF32("utf-32");

    private final String wireName;

    PositionEncoding(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The first encoding the client offers that we speak, in the client's order of preference; UTF-16 when it offers none. */
    public static PositionEncoding negotiate(List<String> offered) {
        if (offered != null) {
            for (String name : offered) {
                for (PositionEncoding encoding : values()) {
                    if (encoding.wireName.equalsIgnoreCase(name)) {
                        return encoding;
                    }
                }
            }
        }
        return UTF16;
    }
}
