package org.peristiwa.ingest;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for tests. */
final class Collected implements DocumentSink {

    final List<Document> documents = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @Override
    public void document(Document document) {
        documents.add(document);
    }

    @Override
    public void problem(String where, String message) {
        problems.add(where + ": " + message);
    }

    @Override
    public void notice(String where, String message) {
        notices.add(where + ": " + message);
    }

    static byte[] resource(String name) {
        try (var in = Collected.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) throw new IllegalStateException("no test resource " + name);
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
