package org.peristiwa.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.ingest.Document;
import org.peristiwa.store.bench.SyntheticCorpus;

/** The file format on its own: documents named as the command names them, and a restored split skipping what it emitted. */
class DocumentFormatTest {

    @Test
    void namesAndPositions(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("corpus");
        Corpora.writeJsonl(SyntheticCorpus.generate(3, 40), dir.resolve("sub"), "r", 1);
        Path file = dir.resolve("sub/r-000.jsonl");
        DocumentFormat format = new DocumentFormat(DocumentFormat.roots(List.of(dir.toString())), 1 << 20);
        org.apache.flink.core.fs.Path fp = new org.apache.flink.core.fs.Path(file.toUri());
        assertEquals(dir.resolve("sub/r-000.jsonl").toString(), format.origin(fp));

        List<Document> expected = Corpora.documents(dir.toString());
        FileSourceSplit split = new FileSourceSplit("0", fp, 0, Files.size(file), 0, Files.size(file));
        List<RecordAndPosition<Doc>> all = read(format.createReader(new Configuration(), split));
        assertEquals(expected.size(), all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(expected.get(i), all.get(i).getRecord().toDocument());
            assertEquals(i + 1, all.get(i).getRecordSkipCount());
        }
        // restored after 17 documents: the 18th comes next
        List<RecordAndPosition<Doc>> rest = read(format.restoreReader(new Configuration(),
                split.updateWithCheckpointedPosition(new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 17))));
        assertEquals(expected.size() - 17, rest.size());
        assertEquals(expected.get(17), rest.get(0).getRecord().toDocument());
        assertEquals(18, rest.get(0).getRecordSkipCount());
    }

    private static List<RecordAndPosition<Doc>> read(BulkFormat.Reader<Doc> reader) throws IOException {
        List<RecordAndPosition<Doc>> out = new ArrayList<>();
        try (reader) {
            for (BulkFormat.RecordIterator<Doc> batch = reader.readBatch(); batch != null; batch = reader.readBatch()) {
                for (RecordAndPosition<Doc> r = batch.next(); r != null; r = batch.next()) {
                    out.add(new RecordAndPosition<>(r.getRecord(), r.getOffset(), r.getRecordSkipCount()));
                }
                batch.releaseBatch();
            }
        }
        assertNull(reader.readBatch());
        return out;
    }
}
