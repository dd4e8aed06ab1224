package org.peristiwa.ingest.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.peristiwa.ingest.Charsets;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.TextDecoder;

/**
 * Reads a web page: decodes its bytes ({@link Charsets}), parses it (jsoup, nesting capped so that a
 * pathologically deep page cannot exhaust the stack), reads its metadata ({@link PageMetadataReader}) and its
 * main text ({@link MainTextExtractor}), paragraphs separated by a blank line.
 */
public final class HtmlReader {

    /** Deeper elements are attached at this depth: the text is kept, the nesting is not. */
    public static final int MAX_DEPTH = 256;

    private HtmlReader() {}

    /**
     * @param declaredCharset the charset an HTTP header names, or null
     * @param outer metadata from outside the page (an archive's target URI and fetch time), or {@link PageMetadata#NONE}
     */
    public static org.peristiwa.ingest.Document read(String origin, byte[] bytes, String declaredCharset,
                                                     PageMetadata outer, DocumentSink sink) throws InputException {
        TextDecoder.refuseBinary(bytes);
        Charsets.Decoded decoded = Charsets.decode(bytes, declaredCharset);
        if (decoded.how().equals("guessed") && sink != null) {
            sink.notice(origin, "not UTF-8 and no charset declared: read as " + decoded.charset().name());
        }
        String base = outer.url() == null ? "" : outer.url().value();
        Document doc = parse(decoded.text(), base);
        PageMetadata meta = PageMetadataReader.read(doc).orElse(outer);
        if (outer.fetched() != null) meta = meta.withFetched(outer.fetched());
        List<String> paragraphs = MainTextExtractor.paragraphs(doc);
        if (paragraphs.isEmpty()) throw new InputException("no main text found in the page");
        return new org.peristiwa.ingest.Document(origin, String.join("\n\n", paragraphs), meta);
    }

    public static Document parse(String html, String baseUri) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        return parser.parseInput(Prestrip.strip(html), baseUri);
    }
}
