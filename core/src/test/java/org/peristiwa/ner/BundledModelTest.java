package org.peristiwa.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.peristiwa.report.Report;
import org.peristiwa.text.SentenceAnnotator;

class BundledModelTest {

    private static List<String> describe(List<String> tokens, List<Entity> entities) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities) out.add(e.type() + ":" + String.join(" ", tokens.subList(e.start(), e.end())));
        return out;
    }

    @Test
    void bundledModelLoadsAndFindsPersonsOrganisationsAndPlaces() {
        NerModel m = NerModel.bundled();
        assertTrue(m.featureCount() > 10_000);
        List<String> tokens = List.of("Presiden", "Joko", "Widodo", "mengatakan", "kepada", "wartawan", "di",
                "Jakarta", "bahwa", "TNI", "akan", "dikirim", "ke", "Papua", ".");
        List<String> found = describe(tokens, m.entities(tokens));
        assertTrue(found.contains("PER:Joko Widodo"), found.toString());
        assertTrue(found.contains("LOC:Jakarta"), found.toString());
        assertTrue(found.contains("ORG:TNI"), found.toString());
        assertTrue(found.contains("LOC:Papua"), found.toString());
    }

    @Test
    void annotatorGivesCharacterSpansOfTheReport() {
        String text = "Juru bicara Polda Papua, Ahmad Kamal, mengatakan serangan terjadi di Kabupaten Puncak. "
                + "Warga berunjuk rasa di Jakarta.";
        Report r = new Report("t", null, text);
        r.setLanguage("id", null);
        new SentenceAnnotator().process(r);
        AtomicReference<List<EntityMention>> layer = new AtomicReference<>();
        EntityAnnotator.indonesian((report, mentions) -> layer.set(mentions)).process(r);
        List<String> found = new ArrayList<>();
        for (EntityMention e : layer.get()) {
            found.add(e.type() + ":" + e.span().of(text));
            assertEquals(e.span().start(), r.tokens().get(e.firstToken()).start());
            assertEquals(e.span().end(), r.tokens().get(e.endToken() - 1).end());
        }
        assertTrue(found.contains("PER:Ahmad Kamal"), found.toString());
        assertTrue(found.contains("LOC:Jakarta"), found.toString());

        Report en = new Report("e", null, "Police said Ahmad Kamal left Jakarta.");
        en.setLanguage("en", null);
        new SentenceAnnotator().process(en);
        EntityAnnotator.indonesian((report, mentions) -> layer.set(mentions)).process(en);
        assertEquals(List.of(), layer.get(), "the Indonesian model leaves English reports alone");
    }
}
