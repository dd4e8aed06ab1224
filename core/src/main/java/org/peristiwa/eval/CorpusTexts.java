package org.peristiwa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peristiwa.ingest.InputException;

/**
 * A corpus of texts kept outside the repository (one JSON object a line: {@code id}, {@code text}, and optionally
 * {@code published}, {@code category}), so that gold labels committed here can name texts by id and be joined to
 * them at run time — as the IndoSum labels are joined to {@code ../shared/corpus/indosum}.
 */
public final class CorpusTexts {

    /** One text of the corpus. */
    public record Text(String id, String text, LocalDate published, String category) {}

    private CorpusTexts() {}

    public static Map<String, Text> read(Path jsonl) throws InputException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Text> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = mapper.readTree(line);
                } catch (IOException e) {
                    throw new InputException(jsonl + ":" + n + ": not a JSON object");
                }
                String id = o.path("id").asText(""), text = o.path("text").asText("");
                if (id.isEmpty() || text.isEmpty()) throw new InputException(jsonl + ":" + n + ": needs 'id' and 'text'");
                String pub = o.path("published").asText("");
                LocalDate published = null;
                if (!pub.isEmpty() && !pub.equals("null")) {
                    try {
                        published = LocalDate.parse(pub.substring(0, Math.min(10, pub.length())));
                    } catch (RuntimeException e) {
                        throw new InputException(jsonl + ":" + n + ": 'published' is not a date: " + pub);
                    }
                }
                out.put(id, new Text(id, text, published, o.path("category").asText("")));
            }
        } catch (IOException e) {
            throw new InputException(jsonl + ": cannot read: " + e.getMessage());
        }
        return out;
    }
}
