package org.peristiwa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnprocessableContentResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.Sourced;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.ingest.html.HtmlReader;
import org.peristiwa.ingest.jsonl.JsonlReader;

/**
 * The reports a POST carries, read as {@code peristiwa ingest} reads files, by the body's Content-Type:
 * {@code text/plain} (one report's text), {@code text/html} (a web page: its main text and metadata) or
 * {@code application/json} (an object with {@code text} or {@code html} and optionally {@code url}, {@code title},
 * {@code published}, {@code author}, {@code outlet}, as a JSON Lines input has them; or an array of such objects).
 * A body over the limit: 413; malformed JSON or no body: 400; another Content-Type: 415; a well-formed body that holds
 * no report (no text field, binary data, a page without main text): 422.
 */
final class RequestBodies {

    /** The most reports one request may carry. */
    static final int MAX_REPORTS = 100;
    private static final String ORIGIN = "POST /api/reports";

    private RequestBodies() {}

    /**
     * The request's body, refused with 413 when it is longer than {@code max} bytes, declared or not. The rest of a
     * body somewhat over the limit (up to {@link #DRAIN_FACTOR} times it) is read and dropped first: a server that
     * answers and closes while the client is still sending resets the connection, and the client never sees the 413.
     */
    static byte[] read(Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > max) throw tooLarge(ctx, in, max);
            byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (body.length > max) throw tooLarge(ctx, in, max);
            return body;
        } catch (IOException e) {
            throw new BadRequestResponse("the request body could not be read: " + e.getMessage());
        }
    }

    /** How many times the limit a refused body may be read (and dropped) so that its client hears the 413. */
    static final long DRAIN_FACTOR = 8;

    private static ContentTooLargeResponse tooLarge(Context ctx, InputStream in, long max) throws IOException {
        long left = DRAIN_FACTOR * max;
        byte[] sink = new byte[8192];
        for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) left -= n;
        ctx.header("Connection", "close");
        return tooLarge(max);
    }

    private static ContentTooLargeResponse tooLarge(long max) {
        return new ContentTooLargeResponse("the request body is larger than the limit of " + max + " bytes");
    }

    /** The documents in a POST body; {@code url} is the query's url parameter (for text and HTML bodies), or null. */
    static List<Document> documents(Context ctx, long maxBytes, String url) {
        String mime = mime(ctx.contentType());
        if (mime == null || !(mime.equals("text/plain") || mime.equals("text/html") || mime.equals("application/json"))) {
            throw new UnsupportedMediaTypeResponse("send the report as text/plain, text/html or application/json"
                    + (mime == null ? " (the request names no Content-Type)" : ", not " + mime));
        }
        byte[] body = read(ctx, maxBytes);
        if (body.length == 0) throw new BadRequestResponse("the request has no body: send a report's text, page or JSON");
        String charset = charset(ctx.contentType());
        PageMetadata page = url == null ? PageMetadata.NONE : PageMetadata.NONE.withUrl(new Sourced(url, "api:url"));
        try {
            switch (mime) {
                case "text/plain" -> {
                    return List.of(new Document(ORIGIN, TextDecoder.decodeText(body, charset).text(), page));
                }
                case "text/html" -> {
                    Document d = HtmlReader.read(ORIGIN, body, charset, page, null);
                    return List.of(new Document(ORIGIN, d.text(), d.page().orElse(page)));
                }
                default -> {
                    return json(body);
                }
            }
        } catch (InputException e) {
            throw new UnprocessableContentResponse("no report in the body: " + e.getMessage());
        }
    }

    private static List<Document> json(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("malformed JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadRequestResponse("the JSON body could not be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) throw new BadRequestResponse("the request has no body");
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) root.forEach(items::add);
        else items.add(root);
        if (items.isEmpty()) throw new UnprocessableContentResponse("the array holds no report");
        if (items.size() > MAX_REPORTS) throw new ContentTooLargeResponse("at most " + MAX_REPORTS + " reports a request, not " + items.size());
        List<Document> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = root.isArray() ? "reports[" + i + "]" : "the report";
            if (!item.isObject()) throw new UnprocessableContentResponse(where + ": not an object with 'text' or 'html'");
            Collector c = new Collector();
            JsonlReader.read(ORIGIN, item.toString(), c);
            if (c.problem != null) throw new UnprocessableContentResponse(where + ": " + c.problem);
            out.add(c.document);
        }
        return out;
    }

    /** What one JSON object read as: a document, or why not. */
    private static final class Collector implements DocumentSink {
        Document document;
        String problem;

        @Override
        public void document(Document d) {
            document = d;
        }

        @Override
        public void problem(String where, String message) {
            problem = message;
        }
    }

    static String mime(String contentType) {
        if (contentType == null || contentType.isBlank()) return null;
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String charset(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) return p.substring(8).replace("\"", "").strip();
        }
        return null;
    }
}
