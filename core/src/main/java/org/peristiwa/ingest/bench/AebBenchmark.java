package org.peristiwa.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The article-extraction benchmark: pages {@code html/<id>.html} and {@code ground-truth.json} in one folder.
 * Scores a main-text extractor with {@link ShingleScore}.
 */
public final class AebBenchmark {

    /** One page: its id, raw bytes and true article body. */
    public record Page(String id, byte[] html, String truth) {}

    /** A page's score beside its id (for error analysis). */
    public record Scored(String id, ShingleScore.Page score, String prediction) {}

    private AebBenchmark() {}

    /** Finds {@code shared/data/htmlbench/aeb} in the working directory or one of its parents, or null. */
    public static Path locate(Path start) {
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared/data/htmlbench/aeb");
            if (Files.isRegularFile(c.resolve("ground-truth.json"))) return c;
        }
        return null;
    }

    public static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) ids.add(it.next());
        ids.sort(null);
        List<Page> pages = new ArrayList<>();
        for (String id : ids) {
            Path f = dir.resolve("html").resolve(id + ".html");
            if (!Files.isRegularFile(f)) continue;
            pages.add(new Page(id, Files.readAllBytes(f), truth.get(id).path("articleBody").asText("")));
        }
        return pages;
    }

    public static List<Scored> score(List<Page> pages, Function<byte[], String> extractor) {
        List<Scored> out = new ArrayList<>();
        for (Page p : pages) {
            String pred = extractor.apply(p.html());
            out.add(new Scored(p.id(), ShingleScore.score(p.truth(), pred), pred));
        }
        return out;
    }

    public static ShingleScore.Corpus corpus(List<Scored> scored) {
        List<ShingleScore.Page> pages = new ArrayList<>();
        for (Scored s : scored) pages.add(s.score());
        return ShingleScore.corpus(pages);
    }
}
