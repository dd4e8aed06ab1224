package org.peristiwa.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

    static List<ConllSentence> tiny() throws IOException {
        try (Reader r = new InputStreamReader(ConllReaderTest.class.getResourceAsStream("/ner/tiny-id.conll"),
                StandardCharsets.UTF_8)) {
            return ConllReader.read(r, "tiny-id.conll");
        }
    }

    @Test
    void readsThreeColumnFileWithDocstart() throws IOException {
        List<ConllSentence> s = tiny();
        assertEquals(10, s.size());
        ConllSentence first = s.get(0);
        assertEquals(List.of("Presiden", "Joko", "Widodo", "meninjau", "Kabupaten", "Nduga", ",", "Papua", ",", "pada",
                "Senin", "."), first.tokens());
        assertEquals(List.of(new Entity(1, 3, "PER"), new Entity(4, 6, "LOC"), new Entity(7, 8, "LOC")),
                first.entities());
    }

    @Test
    void readsTabSeparatedTwoColumnsAndMapsLabels() throws IOException {
        String text = "\uFEFFBhosle\tB-PERSON\nmenyanyi\tO\ndi\tO\nmumbai\tB-PLC\n\n\n"
                + "kantor\tO\nberita\tO\nantara\tB-IND\nsate\tB-FNB\n";
        List<ConllSentence> s = ConllReader.read(new StringReader(text), "t");
        assertEquals(2, s.size());
        assertEquals(List.of("B-PER", "O", "O", "B-LOC"), s.get(0).tags());
        assertEquals(List.of("O", "O", "B-ORG", "O"), s.get(1).tags());
    }

    @Test
    void rejectsALineWithoutTag() {
        assertThrows(IOException.class, () -> ConllReader.read(new StringReader("Jakarta\n"), "t"));
    }
}
