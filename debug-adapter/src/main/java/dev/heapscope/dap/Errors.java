package dev.heapscope.dap;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

/** Error responses: a code and one plain sentence, as java-debug gives them. */
final class Errors {
    private Errors() {
    }

    /** The request cannot be served as asked (wrong arguments, wrong state). */
    static final int BAD_REQUEST = 1001;
    /** The program could not be started. */
    static final int LAUNCH_FAILED = 1002;
    /** An expression could not be evaluated. */
    static final int EVALUATION_FAILED = 1003;

    static ResponseErrorException request(String sentence) {
        return error(BAD_REQUEST, sentence);
    }

    static ResponseErrorException error(int code, String sentence) {
        return new ResponseErrorException(new ResponseError(code, sentence, null));
    }
}
