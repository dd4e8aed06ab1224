package org.peristiwa.ingest.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.peristiwa.ingest.DateValues;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.Sourced;
import org.peristiwa.ingest.html.HtmlReader;

/**
 * Reads JSON Lines: one report per line, an object with {@code text} or {@code html}, and optionally {@code url},
 * {@code title}, {@code published}, {@code author}, {@code outlet}. The values a line gives win over what its
 * HTML says. A line that is not such an object is skipped with a message naming its number.
 */
public final class JsonlReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlReader() {}

    public static void read(String origin, String text, DocumentSink sink) {
        int lineNo = 0;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end).strip();
            lineNo++;
            start = end + 1;
            if (line.isEmpty()) {
                if (nl < 0) break;
                continue;
            }
            String where = origin + "#line" + lineNo;
            try {
                sink.document(line(where, line, sink));
            } catch (InputException e) {
                sink.problem(where, e.getMessage());
            }
            if (nl < 0) break;
        }
    }

    private static org.peristiwa.ingest.Document line(String where, String line, DocumentSink sink) throws InputException {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (Exception e) {
            throw new InputException("not a JSON object (" + e.getClass().getSimpleName() + ")");
        }
        if (n == null || !n.isObject()) throw new InputException("not a JSON object");
        Sourced url = field(n, "url"), title = field(n, "title"), author = field(n, "author"), outlet = field(n, "outlet");
        Sourced published = null;
        Sourced rawDate = field(n, "published");
        if (rawDate != null) {
            String iso = DateValues.normalize(rawDate.value());
            if (iso == null) sink.notice(where, "published '" + rawDate.value() + "' is not a date this reader knows; ignored");
            else published = new Sourced(iso, "jsonl:published", rawDate.value());
        }
        PageMetadata given = new PageMetadata(title, published, author, outlet, url, null, null);
        if (n.hasNonNull("html") && n.get("html").isTextual()) {
            byte[] html = n.get("html").asText().getBytes(StandardCharsets.UTF_8);
            org.peristiwa.ingest.Document d = HtmlReader.read(where, html, "utf-8", given.url() == null ? PageMetadata.NONE : PageMetadata.NONE.withUrl(url), sink);
            return new org.peristiwa.ingest.Document(where, d.text(), given.orElse(d.page()));
        }
        if (n.hasNonNull("text") && n.get("text").isTextual() && !n.get("text").asText().isBlank()) {
            return new org.peristiwa.ingest.Document(where, n.get("text").asText().replace("\r\n", "\n"), given);
        }
        throw new InputException("no 'text' or 'html' field");
    }

    private static Sourced field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) return null;
        return new Sourced(v.asText().strip(), "jsonl:" + name);
    }
}
