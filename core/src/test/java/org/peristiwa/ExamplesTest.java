package org.peristiwa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peristiwa.event.Modality;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;
import org.peristiwa.testing.SharedData;

/**
 * Our own example reports (examples/): each {@code X.txt} has an {@code X.expected.json} written by a person
 * coding the report by hand. The main event's fields named in the sidecar's {@code tests} list (or a default
 * set) must come out as coded, as must the page metadata and flags, and the modality and date of each threat,
 * plan and background event.
 */
class ExamplesTest {

    private static final List<String> DEFAULT_FIELDS = List.of("event_date", "event_type", "sub_event_type", "modality", "fatalities", "actor1");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<Path> sidecars;
        try (Stream<Path> s = Files.walk(SharedData.examples())) {
            sidecars = s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(sidecars.size() >= 3, "examples/ holds too few examples");
        return sidecars.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path sidecar) throws IOException {
        JsonNode exp = JSON.readTree(sidecar.toFile());
        Path txt = Path.of(sidecar.toString().replace(".expected.json", ".txt"));
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Report r = Extractor.standard().extract(text, txt.toString());
        List<String> problems = new ArrayList<>();

        if (exp.hasNonNull("language")) expect(problems, "language", exp.get("language").asText(), r.language());
        if (exp.hasNonNull("published")) {
            String got = r.metadata().published == null ? null : r.metadata().published.value();
            if (got == null || !sameInstant(exp.get("published").asText(), got)) problems.add("published: expected " + exp.get("published").asText() + ", got " + got);
        }
        if (exp.hasNonNull("view_count")) {
            expect(problems, "view_count", exp.get("view_count").asText(), r.metadata().viewCount == null ? null : String.valueOf(r.metadata().viewCount.value()));
        }
        if (exp.has("flags")) {
            for (JsonNode f : exp.get("flags")) if (!r.hasFlag(f.asText())) problems.add("missing flag " + f.asText());
        }
        if (exp.hasNonNull("dateline") && exp.get("dateline").hasNonNull("country")) {
            expect(problems, "dateline country", exp.get("dateline").get("country").asText(),
                    r.metadata().dateline == null ? null : r.metadata().dateline.country());
        }
        JsonNode events = exp.get("events");
        List<EventRecord> acled = r.events().stream().filter(EventRecord::isAcledEvent).toList();
        List<String> fields = new ArrayList<>();
        if (exp.has("tests")) exp.get("tests").forEach(f -> fields.add(f.asText()));
        else fields.addAll(DEFAULT_FIELDS);
        boolean mainSeen = false;
        for (JsonNode e : events) {
            String modality = e.path("modality").asText("asserted");
            if (!mainSeen && (modality.equals("asserted") || modality.equals("claimed"))) {
                mainSeen = true;
                if (acled.isEmpty()) {
                    problems.add("no ACLED event; expected " + e.path("sub_event_type").asText());
                    continue;
                }
                EventRecord got = acled.get(0);
                for (String f : fields) compareField(problems, "main event", f, e, got);
            } else if (List.of("threatened", "planned", "background", "denied").contains(modality)) {
                String wantDate = e.path("event_date").asText("");
                Optional<EventRecord> match = r.events().stream().filter(x -> x.modality == Modality.of(modality))
                        .filter(x -> wantDate.isEmpty() || x.eventDate != null && x.eventDate.startsWith(wantDate))
                        .findFirst()
                        .or(() -> r.events().stream().filter(x -> x.modality == Modality.of(modality)).findFirst());
                if (match.isEmpty()) {
                    problems.add("no " + modality + " event");
                } else if (e.hasNonNull("event_date")) {
                    compareField(problems, modality + " event", "event_date", e, match.get());
                }
            }
        }
        if (!problems.isEmpty()) fail(txt + ":\n  " + String.join("\n  ", problems));
    }

    private static void compareField(List<String> problems, String which, String field, JsonNode e, EventRecord got) {
        if (!e.has(field) || e.get(field).isNull()) return;
        String want = e.get(field).asText();
        String have = switch (field) {
            case "event_date" -> got.eventDate;
            case "time_precision" -> str(got.timePrecision);
            case "date_start" -> got.dateStart;
            case "event_type" -> got.eventType;
            case "sub_event_type" -> got.subEventType;
            case "modality" -> got.modality == null ? null : got.modality.code();
            case "fatalities" -> str(got.fatalities);
            case "actor1" -> got.actor1;
            case "actor2" -> got.actor2 == null ? "" : got.actor2;
            case "inter1" -> str(got.inter1);
            case "inter2" -> str(got.inter2);
            case "country" -> got.country;
            case "admin1" -> got.admin1;
            case "admin2" -> got.admin2;
            case "interaction" -> str(got.interaction);
            case "plover" -> got.plover;
            case "location" -> got.location;
            case "geo_precision" -> str(got.geoPrecision);
            default -> null;
        };
        if (field.equals("event_date") && want.length() == 7 && have != null) have = have.substring(0, 7);   // month precision
        if (field.equals("location") && e.has("location_also_accept") && have != null) {
            for (JsonNode alt : e.get("location_also_accept")) if (alt.asText().equalsIgnoreCase(have)) return;
        }
        if (field.equals("actor1") && e.has("actor1_also_accept") && have != null) {
            for (JsonNode alt : e.get("actor1_also_accept")) if (alt.asText().equalsIgnoreCase(have)) return;
        }
        if (have == null || !want.equalsIgnoreCase(have)) problems.add(which + " " + field + ": expected '" + want + "', got '" + have + "'");
    }

    private static boolean sameInstant(String want, String got) {
        try {
            return OffsetDateTime.parse(want).toInstant().equals(OffsetDateTime.parse(got).toInstant());
        } catch (RuntimeException e) {
            return want.equals(got);
        }
    }

    private static void expect(List<String> problems, String what, String want, String have) {
        if (have == null || !want.equalsIgnoreCase(have)) problems.add(what + ": expected '" + want + "', got '" + have + "'");
    }

    private static String str(Integer i) {
        return i == null ? null : String.valueOf(i);
    }
}
