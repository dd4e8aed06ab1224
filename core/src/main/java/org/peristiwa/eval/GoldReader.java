package org.peristiwa.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peristiwa.ingest.InputException;

/**
 * Reads gold rows in ACLED's column names, from a CSV (ACLED's own export, or ours) or from ACLED's API JSON
 * (an object whose {@code data} array holds the events, or a bare array of them): the text from {@code text}, else
 * {@code notes}; rows sharing a {@code doc_id} are one report; {@code publication_date} (ISO or ACLED's 9-May-20)
 * anchors relative dates. Rows are streamed one by one, so an export of any size is read in bounded memory.
 */
public final class GoldReader {

    /** What to do with each row as it is read. */
    public interface Sink {
        void row(GoldRow row) throws InputException;
    }

    private GoldReader() {}

    public static List<GoldRow> read(Path csv) throws InputException {
        return read(csv, null);
    }

    /**
     * Reads gold rows whose texts may live elsewhere: a row without a text takes the text (and, without a
     * {@code publication_date} of its own, the publication date) of the corpus text its {@code doc_id} names.
     */
    public static List<GoldRow> read(Path file, Map<String, CorpusTexts.Text> texts) throws InputException {
        List<GoldRow> rows = new ArrayList<>();
        stream(file, texts, rows::add);
        if (rows.isEmpty()) throw new InputException(file + ": no rows");
        return rows;
    }

    /** Hands each row of a gold file to {@code sink} as it is read (see {@link #read(Path, Map)}). */
    public static void stream(Path file, Map<String, CorpusTexts.Text> texts, Sink sink) throws InputException {
        if (isJson(file)) streamJson(file, texts, sink);
        else streamCsv(file, texts, sink);
    }

    /** The {@code doc_id}s a CSV names (to keep those texts out of training), whether or not it holds the texts. */
    public static Set<String> docIds(Path csv) throws InputException {
        CsvMapper mapper = new CsvMapper();
        Set<String> ids = new LinkedHashSet<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (it.hasNext()) {
                String id = it.next().getOrDefault("doc_id", "").trim();
                if (!id.isEmpty()) ids.add(id);
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(csv + ": cannot read as CSV: " + e.getMessage());
        }
        return ids;
    }

    private static boolean isJson(Path file) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            while ((b = in.read()) != -1) {
                if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) continue;   // BOM, blanks
                return b == '{' || b == '[';
            }
            return false;
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static void streamCsv(Path csv, Map<String, CorpusTexts.Text> texts, Sink sink) throws InputException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
            int n = 0;
            String textColumn = null;
            while (it.hasNext()) {
                Map<String, String> raw = it.next();
                n++;
                if (textColumn == null) {
                    textColumn = textColumn(raw.keySet(), csv, texts);
                }
                handTo(sink, row(csv, n, new HashMap<>(raw), textColumn, texts));
            }
        } catch (SinkFailure f) {
            throw f.getCause();
        } catch (IOException | RuntimeException e) {
            throw new InputException(csv + ": cannot read as CSV: " + e.getMessage());
        }
    }

    /** What the sink threw, kept apart from the reader's own failures so that it is not reported as bad input. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private static void handTo(Sink sink, GoldRow row) throws InputException {
        try {
            sink.row(row);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /** ACLED's API JSON: {"data": [ {...}, … ]} or [ {...}, … ], read object by object. */
    private static void streamJson(Path json, Map<String, CorpusTexts.Text> texts, Sink sink) throws InputException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = new JsonFactory().createParser(Files.newBufferedReader(json, StandardCharsets.UTF_8))) {
            p.setCodec(mapper);
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                // find the "data" array
                while ((t = p.nextToken()) != JsonToken.END_OBJECT && t != null) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("data".equals(field) && p.currentToken() == JsonToken.START_ARRAY) break;
                    p.skipChildren();
                }
                if (p.currentToken() != JsonToken.START_ARRAY) throw new InputException(json + ": no 'data' array of events");
            } else if (t != JsonToken.START_ARRAY) {
                throw new InputException(json + ": neither an ACLED API response nor an array of events");
            }
            int n = 0;
            String textColumn = null;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode o = p.readValueAsTree();
                n++;
                Map<String, String> raw = new HashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    raw.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
                }
                if (textColumn == null) textColumn = textColumn(raw.keySet(), json, texts);
                handTo(sink, row(json, n, raw, textColumn, texts));
            }
        } catch (SinkFailure f) {
            throw f.getCause();
        } catch (IOException | RuntimeException e) {
            throw new InputException(json + ": cannot read as JSON: " + e.getMessage());
        }
    }

    private static String textColumn(Set<String> columns, Path file, Map<String, CorpusTexts.Text> texts) throws InputException {
        if (columns.contains("text")) return "text";
        if (columns.contains("notes")) return "notes";
        if (texts == null) throw new InputException(file + ": no 'text' or 'notes' field (labels without texts need --texts)");
        return "";
    }

    private static GoldRow row(Path file, int n, Map<String, String> fields, String textColumn, Map<String, CorpusTexts.Text> texts)
            throws InputException {
        String text = fields.getOrDefault(textColumn, "");
        if (text == null) text = "";
        String doc = fields.getOrDefault("doc_id", "").trim();
        if (doc.isEmpty()) doc = "row-" + n;
        String pub = fields.getOrDefault("publication_date", "").trim();
        LocalDate published = pub.isEmpty() ? null : GoldDates.parse(pub);
        if (text.isEmpty() && texts != null) {
            CorpusTexts.Text t = texts.get(doc);
            if (t == null) throw new InputException(file + ": row " + n + ": doc_id '" + doc + "' is in no text of the corpus");
            text = t.text();
            if (published == null) published = t.published();
        }
        if (published == null) published = retrievedOn(doc);
        return new GoldRow(n, doc, text, published, fields);
    }

    /** Unix times from 2000 to 2029: an identifier's ten-digit number in that range is a time, not a count. */
    private static final long FIRST = 946_684_800L, LAST = 1_893_456_000L;

    /**
     * The day a document id's Unix timestamp names ("indosum:1479187529-…" was fetched on 2016-11-15), or null. Archives
     * name what they fetch by the time they fetched it, which is at or shortly after publication: without a
     * publication date it is the best anchor there is for "on Sunday" (the Sunday before it). Times in UTC.
     */
    static LocalDate retrievedOn(String docId) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![0-9])([0-9]{10})(?![0-9])").matcher(docId);
        if (!m.find()) return null;
        long t = Long.parseLong(m.group(1));
        if (t < FIRST || t > LAST) return null;
        return java.time.Instant.ofEpochSecond(t).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
