package org.peristiwa.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.List;
import org.jsoup.nodes.Element;

/** Finds the page's article in its JSON-LD blocks: the first object typed as a kind of Article (or a WebPage). */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS).enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final int MAX_BLOCK = 2_000_000;

    /** The article object and its type name, or null. */
    record Article(JsonNode node, String type) {}

    private JsonLd() {}

    static Article article(List<Element> scripts) {
        Article fallback = null;
        for (Element script : scripts) {
            String json = script.data();
            if (json.length() > MAX_BLOCK) continue;
            JsonNode root;
            try {
                root = MAPPER.readTree(json.strip());
            } catch (Exception e) {
                continue; // a broken block says nothing
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            int seen = 0;
            while (!todo.isEmpty() && seen++ < 500) {
                JsonNode n = todo.poll();
                if (n == null) continue;
                if (n.isArray()) {
                    n.forEach(todo::add);
                    continue;
                }
                if (!n.isObject()) continue;
                if (n.has("@graph")) todo.add(n.get("@graph"));
                String type = typeOf(n.get("@type"));
                if (type == null) continue;
                String t = type.toLowerCase(Locale.ROOT);
                if (t.endsWith("article") || t.equals("blogposting") || t.equals("report")) return new Article(n, type);
                if (fallback == null && t.equals("webpage")) fallback = new Article(n, type);
            }
        }
        return fallback;
    }

    private static String typeOf(JsonNode t) {
        if (t == null) return null;
        if (t.isTextual()) return t.asText();
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.isTextual() && x.asText().toLowerCase(Locale.ROOT).endsWith("article")) return x.asText();
            }
            return t.size() > 0 && t.get(0).isTextual() ? t.get(0).asText() : null;
        }
        return null;
    }

    /** A text value at {@code field}: a string, the "name" of an object, or the first of an array. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        for (int i = 0; i < 3 && v != null; i++) {
            if (v.isTextual()) return v.asText().isBlank() ? null : v.asText().strip();
            if (v.isArray()) v = v.size() > 0 ? v.get(0) : null;
            else if (v.isObject()) v = v.has("name") ? v.get("name") : v.has("@id") ? v.get("@id") : v.get("url");
            else return null;
        }
        return null;
    }
}
