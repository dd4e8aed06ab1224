package org.peristiwa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API over HTTP against a started server with a seeded store: what it answers, and how it refuses. */
class ApiTest {

    static final long MAX_BODY = 64 * 1024;

    @TempDir
    static Path dir;
    static Server server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        Path db = SeededStore.copy(dir.resolve("api.duckdb"));
        server = Server.start(ServerConfig.of(db).withPort(0).withMaxBodyBytes(MAX_BODY));
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** An error answer: the status, as JSON {"error": "...", "status": N}. */
    static JsonNode assertError(Http.Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        JsonNode j = a.json();
        assertEquals(status, j.path("status").asInt(), a.body());
        assertFalse(j.path("error").asText().isBlank(), a.body());
        return j;
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Test
    void healthSaysHowMuchTheStoreHolds() {
        Http.Answer a = http.get("/api/health");
        assertEquals(200, a.status());
        assertEquals("ok", a.json().path("status").asText());
        assertTrue(a.json().path("events").asInt() > 0);
        assertTrue(a.json().path("reports").asInt() > 0);
        assertEquals("no-store", a.header("Cache-Control"));
    }

    @Test
    void eventsComeInStablePagesNewestFirst() {
        JsonNode first = http.get("/api/events?limit=10").json();
        JsonNode second = http.get("/api/events?limit=10&offset=10").json();
        long total = first.path("total").asLong();
        assertTrue(total > 20, "seeded events: " + total);
        assertEquals(10, first.path("events").size());
        assertEquals(10, first.path("next_offset").asInt());
        Set<String> ids = new HashSet<>();
        String previous = "9999-12-31";
        for (JsonNode page : List.of(first, second)) {
            for (JsonNode ev : page.path("events")) {
                assertTrue(ids.add(ev.path("event_id").asText()), "an event on two pages");
                String date = ev.path("record").path("event_date").asText();
                assertTrue(date.compareTo(previous) <= 0, "newest first");
                previous = date;
            }
        }
        JsonNode last = http.get("/api/events?limit=10&offset=" + (total - 3)).json();
        assertEquals(3, last.path("events").size());
        assertTrue(last.path("next_offset").isMissingNode());
        assertEquals(EventsApi.DEFAULT_LIMIT, http.get("/api/events").json().path("limit").asInt());
    }

    @Test
    void eachFilterSelectsWhatItSays() {
        JsonNode all = http.get("/api/events?limit=5000").json().path("events");
        JsonNode sample = all.get(0).path("record");
        String type = sample.path("event_type").asText(), country = sample.path("country").asText();

        for (JsonNode ev : http.get("/api/events?limit=5000&type=" + q(type.toLowerCase())).json().path("events")) {
            assertEquals(type, ev.path("record").path("event_type").asText());
        }
        for (JsonNode ev : http.get("/api/events?limit=5000&country=" + q(country)).json().path("events")) {
            assertEquals(country, ev.path("record").path("country").asText());
        }
        LocalDate d = LocalDate.parse(sample.path("event_date").asText());
        JsonNode range = http.get("/api/events?limit=5000&from=" + d.minusDays(30) + "&to=" + d).json().path("events");
        assertTrue(range.size() >= 1);
        for (JsonNode ev : range) {
            LocalDate e = LocalDate.parse(ev.path("record").path("event_date").asText());
            assertFalse(e.isBefore(d.minusDays(30)) || e.isAfter(d), e.toString());
        }
        String actor = sample.path("actor1").asText();
        String word = actor.split("[^A-Za-z]+")[0].isEmpty() ? actor.split("[^A-Za-z]+")[1] : actor.split("[^A-Za-z]+")[0];
        JsonNode byActor = http.get("/api/events?limit=5000&actor=" + q(word)).json().path("events");
        assertTrue(byActor.size() >= 1);
        for (JsonNode ev : byActor) {
            String a = ev.path("record").path("actor1").asText("") + " " + ev.path("record").path("actor2").asText("");
            assertTrue(a.toLowerCase().contains(word.toLowerCase()), a);
        }
        for (JsonNode ev : http.get("/api/events?limit=5000&min_fatalities=3").json().path("events")) {
            assertTrue(ev.path("record").path("fatalities").asInt() >= 3);
        }
        for (JsonNode ev : http.get("/api/events?limit=5000&modality=asserted").json().path("events")) {
            assertEquals("asserted", ev.path("record").path("modality").asText());
        }
        JsonNode bySource = http.get("/api/events?limit=5000&source_kind=government").json().path("events");
        for (JsonNode ev : bySource) {
            boolean has = false;
            for (JsonNode s : ev.path("record").path("sources")) has |= s.path("source_kind").asText().equals("government");
            assertTrue(has);
        }
        double lon = sample.path("longitude").asDouble(), lat = sample.path("latitude").asDouble();
        String bbox = (lon - 1) + "," + (lat - 1) + "," + (lon + 1) + "," + (lat + 1);
        JsonNode inBox = http.get("/api/events?limit=5000&bbox=" + bbox).json().path("events");
        assertTrue(inBox.size() >= 1);
        for (JsonNode ev : inBox) assertTrue(Math.abs(ev.path("record").path("longitude").asDouble() - lon) <= 1);
        assertTrue(http.get("/api/events?acled=true").json().path("total").asInt() <= all.size());
        // an empty value is no filter (a form sends empty fields)
        assertEquals(all.size(), http.get("/api/events?limit=5000&country=&type=").json().path("events").size());
    }

    @Test
    void geoJsonHasAFeaturePerEvent() {
        Http.Answer a = http.get("/api/events?format=geojson&limit=5000");
        assertEquals(200, a.status());
        assertTrue(a.contentType().startsWith("application/geo+json"), a.contentType());
        JsonNode fc = a.json();
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertEquals(fc.path("total").asInt(), fc.path("features").size());
        for (JsonNode f : fc.path("features")) {
            assertEquals("Feature", f.path("type").asText());
            JsonNode g = f.path("geometry");
            assertTrue(g.isNull() || (g.path("type").asText().equals("Point") && g.path("coordinates").size() == 2));
            assertEquals(f.path("id").asText(), f.path("properties").path("event_id").asText());
            assertTrue(f.path("properties").path("source_kinds").isArray());
            assertTrue(f.path("properties").path("evidence").isMissingNode(), "summaries carry no evidence");
        }
    }

    @Test
    void anEventComesWithItsMentionsAndTheTextTheirEvidencePointsInto() {
        String id = http.get("/api/events?limit=1").json().path("events").get(0).path("event_id").asText();
        JsonNode d = http.get("/api/events/" + id).json();
        assertEquals(id, d.path("event").path("event_id").asText());
        assertEquals(d.path("event").path("mention_ids").size(), d.path("mentions").size());
        int spans = 0;
        for (JsonNode m : d.path("mentions")) {
            String text = null;
            for (JsonNode r : d.path("reports")) {
                if (r.path("report_id").asText().equals(m.path("report_id").asText())) text = r.path("text").asText();
            }
            assertNotNull(text, "the report of " + m.path("mention_id").asText());
            for (JsonNode list : m.path("record").path("evidence")) {
                for (JsonNode e : list) {
                    assertEquals(e.path("quote").asText(), text.substring(e.path("start").asInt(), e.path("end").asInt()));
                    spans++;
                }
            }
        }
        assertTrue(spans > 0);
        JsonNode report = http.get("/api/reports/" + d.path("mentions").get(0).path("report_id").asText()).json();
        assertFalse(report.path("text").asText().isEmpty());
        assertTrue(report.path("events").size() >= 1);
    }

    @Test
    void statsCountTheSelectedEvents() {
        JsonNode s = http.get("/api/stats").json();
        int events = s.path("events").asInt();
        assertTrue(events > 0);
        for (String by : List.of("by_type", "by_country", "by_week", "by_modality")) {
            int sum = 0;
            for (JsonNode n : s.path(by)) sum += n.asInt();
            assertEquals(events - (by.equals("by_week") ? s.path("undated").asInt() : 0), sum, by);
        }
        s.path("by_week").fieldNames().forEachRemaining(w -> assertEquals(java.time.DayOfWeek.MONDAY, LocalDate.parse(w).getDayOfWeek()));
        String type = s.path("by_type").fieldNames().next();
        JsonNode one = http.get("/api/stats?type=" + q(type)).json();
        assertEquals(s.path("by_type").path(type).asInt(), one.path("events").asInt());
    }

    @Test
    void theOpenApiDocumentDescribesEveryPath() {
        JsonNode doc = http.get("/api/openapi.json").json();
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        for (String p : List.of("/api/health", "/api/config", "/api/openapi.json", "/api/events", "/api/events/{id}",
                "/api/reports", "/api/reports/{id}", "/api/stats")) {
            assertTrue(doc.path("paths").has(p), p);
        }
        doc.path("paths").fieldNames().forEachRemaining(p -> {
            if (!p.contains("{") && doc.path("paths").path(p).has("get")) assertEquals(200, http.get(p).status(), p);
        });
    }

    @Test
    void thePageAndItsScriptsComeFromTheServer() {
        Http.Answer page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        int assets = 0;
        while (m.find()) {
            String ref = m.group(1);
            if (ref.startsWith("data:")) continue;
            assertTrue(ref.startsWith("/"), "an asset from elsewhere: " + ref);
            assertEquals(200, http.get(ref).status(), ref);
            assets++;
        }
        assertTrue(assets >= 5, "stylesheets and scripts: " + assets);
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    static final String PROTEST = "JAKARTA - Police fired tear gas at hundreds of students who were protesting outside the"
            + " parliament building in Jakarta on Monday, witnesses said.";

    @Test
    void aPostedTextGivesItsRecordsAndIsStoredOnlyWhenAsked() {
        Http.Answer a = http.post("/api/reports?published=2025-03-04", "text/plain; charset=utf-8", PROTEST);
        assertEquals(200, a.status(), a.body());
        JsonNode r = a.json().path("reports").get(0);
        assertFalse(a.json().path("stored").asBoolean());
        assertEquals(PROTEST, r.path("text").asText());
        assertEquals("Protests", r.path("events").get(0).path("event_type").asText());
        String reportId = r.path("report_id").asText();
        assertEquals(404, http.get("/api/reports/" + reportId).status());

        long before = http.get("/api/stats").json().path("events").asLong();
        Http.Answer stored = http.post("/api/reports?store=true&published=2025-03-04", "text/plain", PROTEST);
        assertEquals(201, stored.status(), stored.body());
        assertEquals("/api/reports/" + reportId, stored.header("Location"));
        assertEquals(1, stored.json().path("result").path("added").asInt());
        String eventId = stored.json().path("reports").get(0).path("merged_event_ids").get(0).asText();
        assertEquals(200, http.get("/api/events/" + eventId).status());
        assertEquals(200, http.get("/api/reports/" + reportId).status());
        assertEquals(before + 1, http.get("/api/stats").json().path("events").asLong(), "stats follow the write");

        Http.Answer again = http.post("/api/reports?store=true&published=2025-03-04", "text/plain", PROTEST);
        assertEquals(1, again.json().path("result").path("skipped").asInt(), "the same text is stored once");
    }

    @Test
    void aPostedPageIsReadForItsMainTextAndTitle() {
        String html = "<html><head><title>Clash near Saraqib</title></head><body><nav>Home | World</nav><article>"
                + "<p>Syrian government forces clashed with HTS fighters near Saraqib in Idlib province on Tuesday,"
                + " killing at least seven, a war monitor said.</p><p>The fighting lasted several hours.</p></article></body></html>";
        Http.Answer a = http.post("/api/reports?published=2022-10-19", "text/html; charset=utf-8", html);
        assertEquals(200, a.status(), a.body());
        JsonNode r = a.json().path("reports").get(0);
        assertEquals("Clash near Saraqib", r.path("metadata").path("title").path("value").asText());
        assertTrue(r.path("text").asText().startsWith("Clash near Saraqib\n\nSyrian government forces"));
        assertEquals("Battles", r.path("events").get(0).path("event_type").asText());
    }

    @Test
    void aJsonArrayIsSeveralReports() {
        String body = "[{\"text\": " + SeededStore.json(PROTEST) + ", \"published\": \"2025-03-04\"},"
                + " {\"text\": \"Gunmen killed five villagers in Zamfara state, Nigeria, on Sunday, police said.\", \"published\": \"2024-05-06\","
                + " \"url\": \"https://example.org/zamfara\"}]";
        Http.Answer a = http.post("/api/reports", "application/json", body);
        assertEquals(200, a.status(), a.body());
        assertEquals(2, a.json().path("reports").size());
        assertEquals("https://example.org/zamfara", a.json().path("reports").get(1).path("metadata").path("url").path("value").asText());
    }

    // ---- refusing -----------------------------------------------------------------------------------------------

    @Test
    void malformedJsonIs400() {
        JsonNode e = assertError(http.post("/api/reports", "application/json", "{\"text\": \"unterminated"), 400);
        assertTrue(e.path("error").asText().startsWith("malformed JSON"), e.toString());
        assertError(http.post("/api/reports", "application/json", "{\"text\": 1,}"), 400);
    }

    @Test
    void jsonWithoutAReportIs422() {
        assertError(http.post("/api/reports", "application/json", "{\"title\": \"no text\"}"), 422);
        assertError(http.post("/api/reports", "application/json", "[]"), 422);
        assertError(http.post("/api/reports", "application/json", "[\"just a string\"]"), 422);
        assertError(http.post("/api/reports", "text/plain", "binary\u0000data"), 422);
    }

    @Test
    void anOversizedBodyIs413WhetherDeclaredOrStreamed() {
        for (int size : new int[] {(int) MAX_BODY + 1, 3 * (int) MAX_BODY, 5 * (int) MAX_BODY}) {
            String big = "a".repeat(size);
            assertError(http.post("/api/reports", "text/plain", big), 413);
            HttpRequest chunked = http.request("/api/reports").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                    .build();
            assertError(http.send(chunked), 413);
        }
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= RequestBodies.MAX_REPORTS; i++) many.append(i == 0 ? "" : ",").append("{\"text\":\"r").append(i).append("\"}");
        assertError(http.post("/api/reports", "application/json", many.append(']').toString()), 413);
        assertEquals(200, http.get("/api/health").status(), "the server still answers");
    }

    @Test
    void anUnknownIdIs404() {
        assertError(http.get("/api/events/ev-0000000000000000"), 404);
        assertError(http.get("/api/reports/0000000000000000"), 404);
        assertError(http.get("/api/nothing-here"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2024-13-01", "to=yesterday", "from=2024-02-01&to=2024-01-01", "type=Battle",
            "sub_type=Skirmish", "modality=rumoured", "source_kind=blog", "limit=-1", "limit=ten", "limit=5001",
            "offset=-5", "min_fatalities=-1", "min_fatalities=many", "bbox=1,2,3", "bbox=1,2,3,x", "bbox=10,0,5,1",
            "bbox=0,0,200,1", "acled=maybe", "format=xml", "colour=red", "type=Riots&type=Protests"})
    void aBadFilterIs400(String query) {
        assertError(http.get("/api/events?" + query), 400);
    }

    @Test
    void badStatsFiltersAre400Too() {
        assertError(http.get("/api/stats?from=soon"), 400);
        assertError(http.get("/api/stats?limit=5"), 400);
    }

    @Test
    void otherBodiesAndMethodsAreRefused() {
        assertError(http.post("/api/reports", "application/xml", "<report/>"), 415);
        assertError(http.send(http.request("/api/reports").POST(HttpRequest.BodyPublishers.ofString(PROTEST)).build()), 415);
        assertError(http.post("/api/reports", "text/plain", ""), 400);
        assertError(http.post("/api/reports?store=perhaps", "text/plain", PROTEST), 400);
        assertError(http.post("/api/reports?url=ftp://x", "text/plain", PROTEST), 400);
        assertError(http.send(http.request("/api/events").DELETE().build()), 405);
    }

    @Test
    void anotherSitesPageCannotWrite() {
        assertError(http.send(http.request("/api/reports").header("Content-Type", "text/plain").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(PROTEST)).build()), 403);
        assertNull(http.send(http.request("/api/events").header("Origin", "https://evil.example").GET().build())
                .header("Access-Control-Allow-Origin"), "CORS is off");
    }
}
