package dev.heapscope.dap;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;
import org.eclipse.lsp4j.debug.RestartArguments;

/**
 * restart's arguments with the launch configuration they carry. DAP's restart sends the
 * latest launch configuration in {@code arguments}; LSP4J types that field as its
 * LaunchRequestArguments, which keeps only {@code noDebug} and {@code __restart}, so the
 * adapter reads restart's arguments with {@link #ADAPTER} and keeps the configuration
 * as the same map launch receives.
 */
final class RestartRequest extends RestartArguments {
    private final Map<String, Object> configuration;

    RestartRequest(Map<String, Object> configuration) {
        this.configuration = configuration;
    }

    /** The launch configuration restart carried; null when it carried none. */
    Map<String, Object> configuration() {
        return configuration;
    }

    private static final TypeToken<Map<String, Object>> CONFIGURATION = new TypeToken<>() { };

    /** Reads every restart's arguments as a RestartRequest; writes them as LSP4J does. */
    static final TypeAdapterFactory ADAPTER = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != RestartArguments.class) {
                return null;
            }
            TypeAdapter<T> written = gson.getDelegateAdapter(this, type);
            TypeAdapter<JsonElement> tree = gson.getAdapter(JsonElement.class);
            TypeAdapter<Map<String, Object>> map = gson.getAdapter(CONFIGURATION);
            return (TypeAdapter<T>) new TypeAdapter<RestartArguments>() {
                @Override
                public void write(JsonWriter out, RestartArguments value) throws IOException {
                    ((TypeAdapter<RestartArguments>) written).write(out, value);
                }

                @Override
                public RestartArguments read(JsonReader in) throws IOException {
                    JsonElement body = tree.read(in);
                    JsonElement arguments = body != null && body.isJsonObject()
                            ? body.getAsJsonObject().get("arguments") : null;
                    return new RestartRequest(arguments != null && arguments.isJsonObject()
                            ? map.fromJsonTree(arguments) : null);
                }
            };
        }
    };
}
