package dev.heapscope.dap;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;

/** The adapter as the extension sees it: the standard requests plus Heapscope's own. */
interface HeapscopeServer extends IDebugProtocolServer {
    @JsonRequest("heapscope/heapGraph")
    CompletableFuture<JsonObject> heapGraph(Map<String, Object> args);

    @JsonRequest("heapscope/objectAt")
    CompletableFuture<JsonObject> objectAt(Map<String, Object> args);
}
