package org.peristiwa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentReader;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.InputException;

/**
 * Expands the command line's inputs (files, directories walked recursively in name order, "-" for stdin) and
 * reads each with {@link DocumentReader}, which tells text, HTML, feeds, JSON Lines and WARC apart by content.
 */
final class Inputs {

    /** One input: where it is, and how to read it. */
    record Input(String name, Path path) {}

    private Inputs() {}

    static List<Input> expand(List<String> args) throws InputException {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input("-", null));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(f -> out.add(new Input(f.toString(), f)));
                } catch (IOException e) {
                    throw new InputException(a + ": cannot list directory: " + e.getMessage());
                }
            } else {
                out.add(new Input(a, p));
            }
        }
        return out;
    }

    /** Reads one input into {@code sink}; never throws for a bad input (the sink hears of it). */
    static void read(Input in, long maxBytes, DocumentSink sink) {
        DocumentReader reader = new DocumentReader(maxBytes);
        try {
            if (in.path() == null) reader.read(in.name(), System.in, sink);
            else reader.read(in.name(), in.path(), sink);
        } catch (RuntimeException e) {
            // a bug in a reader must not take the batch down
            sink.problem(in.name(), "internal error while reading (" + e + "); please report it with this file");
        }
    }

    /** Reads an input that holds one document (a report file); the first when it holds several. */
    static Document read(Input in, long maxBytes) throws InputException {
        return readAll(in, maxBytes).get(0);
    }

    /** Reads one input and returns its documents (for commands that need them all, like bench). */
    static List<Document> readAll(Input in, long maxBytes) throws InputException {
        List<Document> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        read(in, maxBytes, new DocumentSink() {
            @Override
            public void document(Document d) {
                docs.add(d);
            }

            @Override
            public void problem(String where, String message) {
                problems.add(where + ": " + message);
            }
        });
        if (docs.isEmpty()) throw new InputException(problems.isEmpty() ? in.name() + ": nothing read" : problems.get(0));
        return docs;
    }
}
