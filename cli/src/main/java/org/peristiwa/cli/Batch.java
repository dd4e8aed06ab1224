package org.peristiwa.cli;

import java.util.List;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.InputException;

/**
 * A batch of inputs as the commands read them: each file, archive record or feed item becomes a document handed
 * on; whatever cannot be read is reported against its name and the batch goes on.
 */
final class Batch {

    /** What a command does with one document. */
    interface Each {
        void document(Inputs.Input input, Document doc);
    }

    private Batch() {}

    /** The inputs named on the command line, or null (after saying why) when they cannot even be listed. */
    static List<Inputs.Input> inputs(List<String> names, long maxBytes, Messages msg) {
        if (maxBytes <= 0) {
            msg.line("--max-bytes must be positive");
            return null;
        }
        try {
            return Inputs.expand(names);
        } catch (InputException e) {
            msg.line(e.getMessage());
            return null;
        }
    }

    static void read(List<Inputs.Input> list, long maxBytes, Messages msg, Each each) {
        for (Inputs.Input in : list) {
            Inputs.read(in, maxBytes, new DocumentSink() {
                @Override
                public void document(Document doc) {
                    try {
                        each.document(in, doc);
                    } catch (org.peristiwa.store.StoreException e) {
                        throw e; // the store cannot take more: stop the batch, say why
                    } catch (RuntimeException e) {
                        // A bug must not take the batch down: report it against the document and go on.
                        msg.problem(doc.origin(), "internal error (" + e + "); please report it with this file");
                    }
                }

                @Override
                public void problem(String where, String message) {
                    msg.problem(where, message);
                }

                @Override
                public void notice(String where, String message) {
                    msg.notice(where, message);
                }
            });
        }
    }
}
