package org.peristiwa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.peristiwa.record.ReportJson;

/** The JSON the API writes: the records' own mapper (fixed key order, no nulls), and error bodies. */
final class Json {

    static final ObjectMapper MAPPER = ReportJson.mapper();
    static final String TYPE = "application/json; charset=utf-8";

    private Json() {}

    /** Loads the classes that writing JSON needs, so that the first request does not wait for them. */
    static void warmUp() {
        try {
            MAPPER.writeValueAsBytes(java.util.Map.of("status", "ok", "n", 1));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void send(Context ctx, Object value) {
        send(ctx, value, TYPE);
    }

    static void send(Context ctx, Object value, String contentType) {
        ctx.contentType(contentType).result(bytes(value));
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response as JSON", e);
        }
    }

    /** An error: {@code {"error": "...", "status": N}}. */
    static void error(Context ctx, int status, String message) {
        ObjectNode body = object();
        body.put("error", message == null || message.isBlank() ? "error " + status : message);
        body.put("status", status);
        ctx.status(status);
        send(ctx, body);
    }
}
