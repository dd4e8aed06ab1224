package org.peristiwa.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled model on idner-news-2k dev from ../shared; skipped where that data is absent. */
class SharedDevSetTest {

    static Path sharedFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    @Test
    void bundledModelScoresAtLeast080OnIdnerDev() throws IOException {
        Path dev = sharedFile("data/indonesian-ner/idner2k_dev.txt");
        assumeTrue(dev != null, "../shared/data/indonesian-ner/idner2k_dev.txt not here");
        List<ConllSentence> gold = ConllReader.read(dev);
        NerModel m = NerModel.bundled();
        NerScores s = new NerScores();
        for (ConllSentence c : gold) s.add(c.entities(), m.entities(c.tokens()));
        assertTrue(s.f1() >= 0.80, "dev F1 " + s.f1());
        for (String t : BioTags.TYPES) assertTrue(s.f1(t) >= 0.70, t + " F1 " + s.f1(t));
    }
}
