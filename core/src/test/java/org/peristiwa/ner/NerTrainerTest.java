package org.peristiwa.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {

    private static final NerTrainer.Options OPTIONS = new NerTrainer.Options(20, 7L, 3);

    private static NerModel train(List<ConllSentence> data) {
        return new NerTrainer(OPTIONS, null).train(data, List.of(), List.of(), Map.of("train", "tiny-id.conll"));
    }

    private static byte[] bytes(NerModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void learnsItsTrainingSentences() throws IOException {
        List<ConllSentence> data = ConllReaderTest.tiny();
        NerModel m = train(data);
        NerScores s = new NerScores();
        for (ConllSentence c : data) s.add(c.entities(), m.entities(c.tokens()));
        // an averaged perceptron fits nearly all of ten sentences (it calls "Willem Wandik" a place after "Puncak")
        assertTrue(s.f1() >= 0.9, "F1 on its training sentences " + s.f1());
        assertTrue(m.featureCount() > 0);
        assertEquals("20", m.info().get("epochs"));
    }

    @Test
    void trainingIsDeterministicAndSavedModelDecodesTheSame(@TempDir Path dir) throws IOException {
        List<ConllSentence> data = ConllReaderTest.tiny();
        NerModel a = train(data), b = train(data);
        assertArrayEquals(bytes(a), bytes(b), "same data, options and seed give the same bytes");
        Path file = dir.resolve("sub/model.gz");
        a.save(file);
        NerModel loaded = NerModel.load(file);
        assertArrayEquals(bytes(a), Files.readAllBytes(file));
        assertArrayEquals(bytes(a), bytes(loaded));
        List<String> unseen = List.of("Kapolda", "Papua", ",", "Ahmad", "Mustofa", ",", "tiba", "di", "Timika", ".");
        assertEquals(a.tag(unseen), loaded.tag(unseen));
    }

    @Test
    void decodingNeverProducesAnInsideTagWithoutItsBeginning() throws IOException {
        NerModel m = train(ConllReaderTest.tiny());
        List<String> tags = m.tag(List.of("Juru", "bicara", "TNI", "Intan", "Jaya", "Densus", "88", "Sugapa"));
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).startsWith("I-")) {
                String prev = i == 0 ? "O" : tags.get(i - 1);
                assertTrue(prev.endsWith(tags.get(i).substring(2)) && !prev.equals("O"), tags.toString());
            }
        }
        assertEquals(List.of(), m.tag(List.of()));
    }

    @Test
    void rejectsSomethingThatIsNotAModel() {
        assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    @Test
    void overlapDropsTrainingSentencesSharingEightWordsWithTheEvaluationSet() throws IOException {
        List<ConllSentence> data = ConllReaderTest.tiny();
        ConllSentence first = data.get(0);
        // the same words, lower-cased and with another tag sequence, still overlap
        ConllSentence copy = new ConllSentence(NameLexicon.lowerAll(first.tokens()),
                first.tags().stream().map(t -> "O").toList());
        Overlap overlap = new Overlap(List.of(copy));
        assertEquals(data.size() - 1, overlap.without(data).size());
        ConllSentence shortOne = new ConllSentence(List.of("Bekasi", "."), List.of("B-LOC", "O"));
        assertTrue(new Overlap(List.of(shortOne)).overlaps(shortOne));
    }
}
