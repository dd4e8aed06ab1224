package org.peristiwa.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.peristiwa.eval.GoldReader;
import org.peristiwa.eval.GoldRow;
import org.peristiwa.ingest.InputException;

/** The gold CSV that eval and train read, and the mismatch file they write. */
final class GoldFiles {

    private GoldFiles() {}

    /** The rows of a gold CSV, or null after a one-line error naming the file and the problem. */
    static List<GoldRow> readOrReport(Path gold) {
        return readOrReport(gold, null);
    }

    /**
     * The rows of a gold CSV whose texts may live in a corpus ({@code texts}, JSON Lines with id and text; null: the
     * CSV holds them), or null after a one-line error naming the file and the problem.
     */
    static List<GoldRow> readOrReport(Path gold, Path texts) {
        try {
            return GoldReader.read(gold, texts == null ? null : org.peristiwa.eval.CorpusTexts.read(texts));
        } catch (InputException e) {
            System.err.println("peristiwa: " + e.getMessage());
            return null;
        }
    }

    /** A writer for one JSON line per mismatch, or null when no file was asked for. */
    static Writer mismatches(Path errors) throws IOException {
        return errors == null ? null : Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
    }
}
