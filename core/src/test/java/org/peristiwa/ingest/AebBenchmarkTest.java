package org.peristiwa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.ingest.bench.AebBenchmark;
import org.peristiwa.ingest.bench.ShingleScore;
import org.peristiwa.ingest.html.HtmlReader;

class AebBenchmarkTest {

    @Test
    void metricFollowsTheBenchmarkDefinition() {
        ShingleScore.Page same = ShingleScore.score("a b c d e", "a b, c d e!");
        assertEquals(1.0, same.precision());
        assertTrue(same.exact());
        ShingleScore.Page half = ShingleScore.score("a b c d e f", "a b c d x y");
        // truth shingles abcd bcde cdef, prediction abcd bcdx cdxy: TP 1, FP 2, FN 2, each divided by 5
        assertEquals(1.0 / 3, half.precision(), 1e-9);
        assertEquals(1.0 / 3, half.recall(), 1e-9);
        assertEquals(null, ShingleScore.score("a b", "").precision(), "nothing predicted: no precision for the mean");
        assertEquals(0.0, ShingleScore.score("a b", "").recall());
        assertEquals(List.of("Ünïcode", "日本語", "x_1"), ShingleScore.tokens("Ünïcode — 日本語, x_1."));
        ShingleScore.Corpus c = ShingleScore.corpus(List.of(same, half));
        assertEquals((1 + 1.0 / 3) / 2, c.precision(), 1e-9);
    }

    /** Reads ../shared when present; the published F1 of trafilatura 2.0.0 on these pages is 0.958. */
    @Test
    void mainTextOnTheArticleExtractionBenchmark() throws IOException {
        Path dir = AebBenchmark.locate(Path.of(""));
        assumeTrue(dir != null, "shared/data/htmlbench/aeb not found: skipped");
        List<AebBenchmark.Page> pages = AebBenchmark.load(dir);
        assumeTrue(pages.size() >= 100, "benchmark incomplete: skipped");
        ShingleScore.Corpus c = AebBenchmark.corpus(AebBenchmark.score(pages, html -> {
            try {
                return HtmlReader.read("aeb", html, null, PageMetadata.NONE, null).text();
            } catch (InputException e) {
                return "";
            }
        }));
        System.out.printf("AEB: %d pages, precision %.4f, recall %.4f, F1 %.4f, accuracy %.4f%n",
                c.pages(), c.precision(), c.recall(), c.f1(), c.accuracy());
        assertTrue(c.f1() >= 0.958, "F1 " + c.f1() + " below trafilatura 2.0.0's 0.958");
    }
}
