package org.peristiwa.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the job's output files back: the committed part files (Flink's file sink keeps files being written hidden,
 * their names starting with '.'), and the merged events as they stand after the changelog (for each event id the
 * change with the highest version; a deleted id is gone). The same in SQL, e.g. with DuckDB:
 * <pre>
 * SELECT * FROM read_json('out/events/*.jsonl')
 * QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY version DESC) = 1 AND op = 'upsert'
 * </pre>
 */
public final class EventChangelog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventChangelog() {}

    /** The committed part files of one output folder (e.g. {@code out/reports}), by name. */
    public static List<Path> committedFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> {
                        for (Path part : dir.relativize(p)) if (part.toString().startsWith(".")) return false;
                        return true;
                    }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of the committed files of a JSONL output folder. */
    public static List<String> lines(Path dir) {
        List<String> out = new ArrayList<>();
        for (Path f : committedFiles(dir)) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) if (!line.isEmpty()) out.add(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** How many lines the committed files of an output folder hold, read as a stream (for outputs of any size). */
    public static long countLines(Path dir) {
        long n = 0;
        for (Path f : committedFiles(dir)) {
            try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                n += lines.filter(l -> !l.isEmpty()).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    /**
     * How many events the changelog in an output folder leaves standing, keeping only each id's latest version and op
     * (the lines open with op, event_id and version, as {@link EventChange#jsonLine()} writes them).
     */
    public static long countStanding(Path dir) {
        Map<String, long[]> latest = new HashMap<>(); // id → {version, 1 if upsert}
        for (Path f : committedFiles(dir)) {
            try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                lines.filter(l -> l.startsWith("{\"op\":\"")).forEach(l -> {
                    boolean upsert = l.startsWith("{\"op\":\"" + EventChange.UPSERT + "\"");
                    int i = l.indexOf("\"event_id\":\"") + 12, j = l.indexOf('"', i);
                    int v = l.indexOf("\"version\":", j) + 10, w = l.indexOf(',', v);
                    long version = Long.parseLong(l.substring(v, w));
                    long[] seen = latest.get(l.substring(i, j));
                    if (seen == null || seen[0] < version) latest.put(l.substring(i, j), new long[] {version, upsert ? 1 : 0});
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return latest.values().stream().filter(x -> x[1] == 1).count();
    }

    /** The events the changelog lines leave standing: event id → its latest upsert line's "event" object. */
    public static Map<String, JsonNode> replay(List<String> changeLines) {
        Map<String, long[]> versions = new HashMap<>();
        Map<String, JsonNode> latest = new HashMap<>();
        for (String line : changeLines) {
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException("not a change line: " + line, e);
            }
            String id = n.get("event_id").asText();
            long v = n.get("version").asLong();
            long[] seen = versions.get(id);
            if (seen != null && seen[0] >= v) continue;
            versions.put(id, new long[] {v});
            latest.put(id, n);
        }
        Map<String, JsonNode> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : latest.entrySet()) {
            if (EventChange.UPSERT.equals(e.getValue().get("op").asText())) out.put(e.getKey(), e.getValue().get("event"));
        }
        return out;
    }

    /** Event id → its mention ids, sorted: comparable with the store's {@code EventStore.eventMembership()}. */
    public static Map<String, List<String>> membership(Map<String, JsonNode> events) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : events.entrySet()) {
            List<String> ids = new ArrayList<>();
            e.getValue().get("mention_ids").forEach(m -> ids.add(m.asText()));
            ids.sort(null);
            out.put(e.getKey(), ids);
        }
        return out;
    }
}
