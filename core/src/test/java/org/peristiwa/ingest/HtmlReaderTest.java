package org.peristiwa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peristiwa.ingest.html.HtmlReader;

class HtmlReaderTest {

    private static Document read(String resource) throws InputException {
        return HtmlReader.read(resource, Collected.resource(resource), null, PageMetadata.NONE, new Collected());
    }

    @Test
    void indonesianPageKeepsTheArticleAndDropsTheFurniture() throws InputException {
        Document d = read("id-news.html");
        String t = d.text();
        assertTrue(t.startsWith("WAMENA, WARTA CONTOH - Dua warga tewas"), t);
        assertTrue(t.contains("Polisi mengerahkan 150 personel"));
        assertTrue(t.contains("menangkap tujuh orang"));
        assertTrue(t.endsWith("(ant/pr)"), "the closing credit stays for the press conventions to read");
        for (String furniture : new String[] {"Nasional", "Beranda", "Bagikan", "Baca juga", "IKLAN", "Berita Terkait",
                "Gubernur kunjungi", "Semoga cepat damai", "Terpopuler", "Hak cipta", "Jangan tampilkan", "Oleh"}) {
            assertFalse(t.contains(furniture), "furniture '" + furniture + "' in: " + t);
        }
        assertFalse(t.contains("Bentrok di Wamena, dua warga tewas"), "the headline is metadata, not body text");
        assertEquals(5, t.split("\n\n").length, "paragraphs separated by a blank line");
    }

    @Test
    void indonesianPageMetadataWithSources() throws InputException {
        PageMetadata m = read("id-news.html").page();
        assertEquals(new Sourced("Bentrok di Wamena, dua warga tewas", "html:og:title"), m.title());
        assertEquals(new Sourced("2024-03-09T14:20+07:00", "html:article:published_time", "2024-03-09T14:20:00+07:00"), m.published());
        assertEquals(new Sourced("Yohanes Tabuni", "html:meta[name=author]"), m.author());
        assertEquals(new Sourced("Warta Contoh", "html:og:site_name"), m.outlet());
        assertEquals(new Sourced("https://warta-contoh.example/berita/2024/03/bentrok-wamena", "html:link[rel=canonical]"), m.url());
        assertEquals("id", m.language().value());
    }

    @Test
    void englishPageFromJsonLdAndTime() throws InputException {
        Document d = read("en-news.html");
        String t = d.text();
        assertTrue(t.startsWith("BEIRUT (Example) — Artillery shelling killed four civilians"), t);
        assertTrue(t.contains("\n\nEscalation\n\n"), "a sub-heading inside the article is kept");
        assertTrue(t.endsWith("late on Thursday."));
        for (String furniture : new String[] {"cookies", "Subscribe", "Smoke rises", "daily briefing", "Share on",
                "Ceasefire talks", "thoughts are with", "Advertisement", "Markets fall", "Privacy policy", "By Lina"}) {
            assertFalse(t.contains(furniture), "furniture '" + furniture + "' in: " + t);
        }
        PageMetadata m = d.page();
        assertEquals(new Sourced("Shelling kills four in northern Syria", "html:json-ld:NewsArticle.headline"), m.title());
        assertEquals("2023-10-06T08:15Z", m.published().value());
        assertEquals("html:json-ld:NewsArticle.datePublished", m.published().source());
        assertEquals(new Sourced("Lina Haddad", "html:json-ld:NewsArticle.author"), m.author());
        assertEquals(new Sourced("The Example Monitor", "html:json-ld:NewsArticle.publisher"), m.outlet());
        assertEquals("https://monitor.example/syria/shelling-idlib-2023", m.url().value());
    }

    @Test
    void timeElementWhenNothingElseGivesADate() throws InputException {
        String html = "<html><body><article><h1>Judul</h1><time datetime='2024-01-02T03:04:05+07:00'>2 Januari</time>"
                + "<p>Paragraf pertama yang cukup panjang untuk dianggap sebagai isi berita, dengan beberapa kata lagi.</p>"
                + "<p>Paragraf kedua juga cukup panjang untuk dianggap sebagai isi berita oleh pembaca halaman ini.</p></article></body></html>";
        Document d = HtmlReader.read("t.html", html.getBytes(StandardCharsets.UTF_8), null, PageMetadata.NONE, new Collected());
        assertEquals(new Sourced("2024-01-02T03:04:05+07:00", "html:time[datetime]"), d.page().published());
        assertEquals(new Sourced("Judul", "html:h1"), d.page().title());
    }

    @Test
    void windows1252PageWithoutDeclarationHasNoMojibake() throws InputException {
        String html = "<html><body><div class='post'><p>Le café de la gare a été fermé après l’explosion — selon la préfecture, "
                + "aucun blessé n’est à déplorer.</p><p>Les enquêteurs poursuivent leurs investigations sur place depuis jeudi.</p></div></body></html>";
        Collected sink = new Collected();
        Document d = HtmlReader.read("w.html", html.getBytes(Charset.forName("windows-1252")), null, PageMetadata.NONE, sink);
        assertTrue(d.text().contains("Le café de la gare a été fermé après l’explosion — selon la préfecture"), d.text());
        assertEquals(1, sink.notices.size(), "the guess is reported");
    }

    @Test
    void declaredLatin1AndBomAreHonoured() throws InputException {
        String body = "<p>São Paulo: manifestação reúne milhares de pessoas na avenida Paulista neste domingo à tarde.</p>";
        byte[] latin = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(HtmlReader.read("l.html", latin, null, PageMetadata.NONE, null).text().contains("manifestação reúne"));
        byte[] utf16 = ("\uFEFF<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_16LE);
        assertTrue(HtmlReader.read("u.html", utf16, null, PageMetadata.NONE, null).text().contains("manifestação reúne"));
    }
}
