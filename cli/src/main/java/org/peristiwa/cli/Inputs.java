package org.peristiwa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.TextDecoder;

/** Expands the command line's inputs (files, directories walked in name order, "-" for stdin) and reads each. */
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

    static Document read(Input in, long maxBytes) throws InputException {
        byte[] bytes;
        try {
            if (in.path() == null) {
                bytes = readLimited(System.in, maxBytes, in.name());
            } else {
                if (!Files.exists(in.path())) throw new InputException("no such file");
                if (!Files.isReadable(in.path())) throw new InputException("not readable (permission denied)");
                long size = Files.size(in.path());
                if (size > maxBytes) throw new InputException("too large: " + size + " bytes (the limit is " + maxBytes + "; raise it with --max-bytes)");
                bytes = Files.readAllBytes(in.path());
            }
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
        return new Document(in.name(), TextDecoder.decode(bytes));
    }

    private static byte[] readLimited(InputStream in, long maxBytes, String name) throws IOException, InputException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (b.length > maxBytes) throw new InputException("too large: more than " + maxBytes + " bytes (raise the limit with --max-bytes)");
        return b;
    }
}
