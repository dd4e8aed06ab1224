package org.peristiwa.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentReader;
import org.peristiwa.ingest.DocumentSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file of any kind {@code peristiwa extract} reads (text, HTML, feeds, JSON Lines, WARC, gzip), one file per
 * split, with core's {@link DocumentReader}: the same documents, named as the command names them (the input as given
 * on the command line, then the path below it), so that the records are byte-identical.
 * <p>
 * The reader runs {@link DocumentReader} on a thread of its own that hands documents over through a small queue, so
 * an archive of any size is streamed, never held whole. Its position is the number of documents emitted from the
 * file: a split restored from a checkpoint reads the file again and skips as many (reading a file is deterministic).
 */
public final class DocumentFormat implements BulkFormat<Doc, FileSourceSplit> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DocumentFormat.class);
    private static final int BATCH = 32;

    /** An input as given ({@code given}) and as Flink names it, qualified ({@code qualified}: "file:/…/corpus"). */
    public record Root(String qualified, String given, boolean local) implements Serializable {}

    private final List<Root> roots;
    private final long maxBytes;

    public DocumentFormat(List<Root> roots, long maxBytes) {
        this.roots = List.copyOf(roots);
        this.maxBytes = maxBytes;
    }

    /** The roots of these inputs, each qualified with its file system (a relative path against the working directory). */
    public static List<Root> roots(List<String> inputs) throws IOException {
        List<Root> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = new Path(in);
            FileSystem fs = p.getFileSystem();
            Path q = p.makeQualified(fs);
            out.add(new Root(q.toString(), in, "file".equals(q.toUri().getScheme())));
        }
        return out;
    }

    /** The name {@code peristiwa extract} gives this file: the input as given, then the path below it. */
    String origin(Path file) {
        String f = file.toString();
        for (Root r : roots) {
            if (f.equals(r.qualified())) return r.local() ? java.nio.file.Path.of(r.given()).toString() : r.given();
            String prefix = r.qualified().endsWith("/") ? r.qualified() : r.qualified() + "/";
            if (f.startsWith(prefix)) {
                String rel = f.substring(prefix.length());
                if (r.local()) return java.nio.file.Path.of(r.given()).resolve(rel).toString();
                return (r.given().endsWith("/") ? r.given() : r.given() + "/") + rel;
            }
        }
        return file.getPath();
    }

    @Override
    public Reader<Doc> createReader(Configuration config, FileSourceSplit split) {
        return new DocReader(split, 0);
    }

    @Override
    public Reader<Doc> restoreReader(Configuration config, FileSourceSplit split) {
        long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new DocReader(split, skip);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<Doc> getProducedType() {
        return TypeInformation.of(Doc.class);
    }

    /** Thrown through the document reader to stop it when the split reader is closed (an Error: readers catch exceptions). */
    private static final class Stop extends Error {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private static final Object END = new Object();

    private final class DocReader implements Reader<Doc> {
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4 * BATCH);
        private final Thread thread;
        private volatile boolean closed;
        private long emitted;
        private boolean done;

        DocReader(FileSourceSplit split, long skip) {
            this.emitted = skip;
            Path path = split.path();
            String origin = origin(path);
            thread = new Thread(() -> produce(path, origin, skip), "peristiwa-read " + origin);
            thread.setDaemon(true);
            thread.start();
        }

        private void produce(Path path, String origin, long skip) {
            try {
                DocumentReader reader = new DocumentReader(maxBytes);
                DocumentSink sink = new DocumentSink() {
                    long seen;

                    @Override
                    public void document(Document d) {
                        if (closed) throw new Stop();
                        if (seen++ < skip) return;
                        put(Doc.of(d));
                    }

                    @Override
                    public void problem(String where, String message) {
                        LOG.warn("{}: {}", where, message);
                    }

                    @Override
                    public void notice(String where, String message) {
                        LOG.info("{}: {}", where, message);
                    }
                };
                if ("file".equals(path.toUri().getScheme()) || path.toUri().getScheme() == null) {
                    reader.read(origin, java.nio.file.Path.of(path.toUri().getPath()), sink);
                } else {
                    // another file system (s3, hdfs…): a local copy, so that an archive is read record by record
                    java.nio.file.Path tmp = Files.createTempFile("peristiwa-", ".input");
                    try {
                        try (FSDataInputStream in = path.getFileSystem().open(path)) {
                            Files.copy((InputStream) in, tmp, StandardCopyOption.REPLACE_EXISTING);
                        }
                        reader.read(origin, tmp, sink);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
                put(END);
            } catch (Stop s) {
                // closed: nothing more to hand over
            } catch (Throwable t) {
                if (!closed) {
                    try {
                        put(t);
                    } catch (Stop ignored) {
                        // closed meanwhile
                    }
                }
            }
        }

        private void put(Object o) {
            try {
                while (!queue.offer(o, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (closed) throw new Stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stop();
            }
        }

        @Override
        public RecordIterator<Doc> readBatch() throws IOException {
            if (done) return null;
            List<Doc> batch = new ArrayList<>(BATCH);
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            while (true) {
                if (o == END) {
                    done = true;
                    break;
                }
                if (o instanceof Throwable t) throw new IOException("cannot read: " + t, t);
                batch.add((Doc) o);
                if (batch.size() >= BATCH) break;
                o = queue.poll();
                if (o == null) break;
            }
            if (batch.isEmpty()) return null;
            long before = emitted;
            emitted += batch.size();
            return new IteratorResultIterator<>(batch.iterator(), CheckpointedPosition.NO_OFFSET, before);
        }

        @Override
        public void close() {
            // the reading thread notices at its next document (or within 100 ms when it waits to hand one over)
            closed = true;
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
