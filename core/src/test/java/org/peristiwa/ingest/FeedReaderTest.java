package org.peristiwa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    private final DocumentReader reader = new DocumentReader(1 << 20);

    @Test
    void rssItemsBecomeDocumentsAndABrokenItemIsSkipped() {
        Collected c = new Collected();
        reader.read("feed.rss", Collected.resource("feed.rss"), c);
        assertEquals(2, c.documents.size());
        assertEquals(1, c.problems.size());
        assertEquals("feed.rss#item3: item without text or title; skipped", c.problems.get(0));
        Document first = c.documents.get(0);
        assertEquals("feed.rss#item1", first.origin());
        assertTrue(first.text().startsWith("WAMENA - Dua warga tewas"), "the full content, not the description");
        assertEquals(new Sourced("2024-03-09T14:20+07:00", "rss:item/pubDate", "Sat, 09 Mar 2024 14:20:00 +0700"), first.page().published());
        assertEquals(new Sourced("https://warta-contoh.example/berita/2024/03/bentrok-wamena", "rss:item/link"), first.page().url());
        assertEquals(new Sourced("Yohanes Tabuni", "rss:item/dc:creator"), first.page().author());
        assertEquals(new Sourced("Warta Contoh - Daerah", "rss:channel/title"), first.page().outlet());
        Document second = c.documents.get(1);
        assertEquals("Ratusan rumah di Sentani terendam banjir setelah hujan deras semalaman.", second.text(), "escaped HTML description");
        assertEquals("2024-03-08T09:00Z", second.page().published().value());
    }

    @Test
    void atomEntriesBecomeDocuments() {
        Collected c = new Collected();
        reader.read("feed.atom", Collected.resource("feed.atom"), c);
        assertEquals(2, c.documents.size(), c.problems.toString());
        assertTrue(c.problems.isEmpty());
        Document a = c.documents.get(0);
        assertEquals("Artillery shelling killed four civilians in Sarmin on Thursday.\n\nNine were wounded.", a.text());
        assertEquals(new Sourced("Shelling kills four in northern Syria", "atom:entry/title"), a.page().title());
        assertEquals(new Sourced("Lina Haddad", "atom:entry/author/name"), a.page().author());
        assertEquals("atom:entry/published", a.page().published().source());
        Document b = c.documents.get(1);
        assertEquals("2023-10-05T18:00+03:00", b.page().published().value());
        assertEquals("atom:entry/updated", b.page().published().source());
        assertEquals("https://monitor.example/syria/sweida-protest", b.page().url().value());
    }

    @Test
    void emptyFeedGetsItsMessage() {
        Collected c = new Collected();
        reader.read("empty.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>".getBytes(StandardCharsets.UTF_8), c);
        assertEquals(0, c.documents.size());
        assertEquals("empty.xml: the feed has no items", c.problems.get(0));
    }

    @Test
    void aMalformedItemDoesNotHideTheOthers() {
        String rss = "<rss><channel><title>T</title>"
                + "<item><title>Satu</title><description>Teks pertama.</description></item>"
                + "<item><title>Dua<description>tag tidak ditutup</item>"
                + "<item><title>Tiga</title><description>Teks ketiga.</description></item></channel></rss>";
        Collected c = new Collected();
        reader.read("bad.rss", rss.getBytes(StandardCharsets.UTF_8), c);
        assertTrue(c.documents.stream().anyMatch(d -> d.text().equals("Teks pertama.")));
        assertTrue(c.documents.stream().anyMatch(d -> d.text().equals("Teks ketiga.")), c.documents.toString());
    }
}
