package org.peristiwa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peristiwa.report.Span;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(Set.of("Jl.", "Kab.", "dr.", "No.", "H.", "Gen."));

    private List<String> split(String s) {
        return splitter.split(s, 0, s.length()).stream().map(sp -> sp.of(s)).toList();
    }

    @Test
    void survivesIndonesianAbbreviations() {
        String s = "Warga di Jl. Merdeka No. 5, Kab. Poso, diserang. Polisi datang kemudian.";
        assertEquals(List.of("Warga di Jl. Merdeka No. 5, Kab. Poso, diserang.", "Polisi datang kemudian."), split(s));
    }

    @Test
    void keepsClosingQuoteWithItsSentence() {
        String s = "\"Kami mundur.\" Dia pergi.";
        assertEquals(List.of("\"Kami mundur.\"", "Dia pergi."), split(s));
    }

    @Test
    void doesNotSplitAtInitialsOrLowerCaseContinuation() {
        assertEquals(1, split("H. Ahmad said the attack at 3 p.m. was over.").size());
        assertEquals(2, split("Gen. Smith spoke. Troops left.").size());
    }

    @Test
    void lineBreaksEndSentences() {
        String s = "Judul tanpa titik\nBadan berita.";
        List<Span> spans = splitter.split(s, 0, s.length());
        assertEquals(2, spans.size());
        assertEquals("Judul tanpa titik", spans.get(0).of(s));
    }
}
