package org.peristiwa.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.peristiwa.geo.AdminNames;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.geo.Place;
import org.peristiwa.geo.index.GeoIndex;
import org.peristiwa.geo.index.GeoIndexException;
import org.peristiwa.geo.index.GeoIndexWriter;
import org.peristiwa.geo.index.GeoNamesImporter;
import org.peristiwa.kb.KnowledgeFileException;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Builds and inspects the GeoNames gazetteer index.",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Info.class, GazetteerCommand.Lookup.class,
                GazetteerCommand.Mentions.class, GazetteerCommand.Places.class})
final class GazetteerCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Streams GeoNames files into an index that loads fast: allCountries.txt (or a country file, "
                    + "cities1000.txt; .zip/.gz too), alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt.",
                    "Point the extractor at the result with PERISTIWA_GAZETTEER=FILE (or -Dperistiwa.gazetteer=FILE).",
                    "A full dump needs about 3 GB of heap: PERISTIWA_JAVA_OPTS=-Xmx4g."})
    static final class Import implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoNames files, in any order.")
        List<Path> files = new ArrayList<>();

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "INDEX",
                description = "Index to write; a name ending in .gz is compressed (read into the heap), otherwise it is memory-mapped.")
        Path out;

        @Option(names = "--all-scripts", description = "Keep alternate names in every script (default: Latin and Arabic only).")
        boolean allScripts;

        @Option(names = "--min-population", paramLabel = "N", description = "Drop populated places smaller than N (default: ${DEFAULT-VALUE}).")
        long minPopulation = 0;

        @Option(names = "--feature-classes", paramLabel = "CLASSES",
                description = "GeoNames feature classes to keep (default: ${DEFAULT-VALUE}: populated places, admin divisions, areas, terrain, spots).")
        String featureClasses = "PALTS";

        @Override
        public Integer call() throws IOException {
            Set<Character> classes = new java.util.HashSet<>();
            for (char c : featureClasses.toUpperCase(java.util.Locale.ROOT).toCharArray()) classes.add(c);
            long t0 = System.nanoTime();
            GeoNamesImporter importer;
            GeoIndexWriter w;
            try {
                importer = new GeoNamesImporter(new GeoNamesImporter.Options(allScripts, minPopulation, classes, AdminNames.acledAdmin1()));
                w = importer.run(files);
            } catch (GeoIndexException | KnowledgeFileException e) {
                System.err.println("peristiwa: " + e.getMessage());
                return 1;
            }
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (OutputStream os = out.toString().endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)
                    : Files.newOutputStream(tmp)) {
                w.write(os);
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("rows_read", importer.rowsRead());
            o.put("places", w.size());
            o.put("index", out.toString());
            o.put("bytes", Files.size(out));
            o.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
            System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
            return 0;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Loads the gazetteer (the default, or --index / PERISTIWA_GAZETTEER) and reports load time and heap.")
    static final class Info implements Callable<Integer> {

        @Option(names = "--index", paramLabel = "INDEX", description = "An index written by 'gazetteer import'.")
        Path index;

        @Override
        public Integer call() throws Exception {
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heap0 = mem.getHeapMemoryUsage().getUsed();
            long t0 = System.nanoTime();
            Gazetteer g;
            try {
                Path p = index != null ? index : Gazetteer.configuredIndex();
                g = new Gazetteer(Gazetteer.countryRows(), Gazetteer.placeRows(), Gazetteer.loadIndex(p));
            } catch (GeoIndexException | KnowledgeFileException e) {
                System.err.println("peristiwa: " + e.getMessage());
                return 1;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long heap = mem.getHeapMemoryUsage().getUsed() - heap0;
            GeoIndex ix = g.index();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("index", index != null ? index.toString() : Gazetteer.configuredIndex() != null ? Gazetteer.configuredIndex().toString() : Gazetteer.DEFAULT_INDEX);
            o.put("geonames_places", ix.size());
            o.put("curated_places", g.places().size());
            o.put("load_seconds", Math.round(secs * 1000) / 1000.0);
            o.put("retained_heap_mb", Math.round(heap / 1048576.0 * 10) / 10.0);
            o.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / 1048576.0));
            System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
            return 0;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Lists the places a name can refer to.")
    static final class Lookup implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "NAME")
        List<String> names;

        @Option(names = "--fuzzy", description = "Also list places with the same transliteration key.")
        boolean fuzzy;

        @Override
        public Integer call() throws Exception {
            Gazetteer g = Gazetteer.standard();
            for (String n : names) {
                List<Place> ps = new ArrayList<>(g.placesNamed(n));
                if (fuzzy) for (Place p : g.placesSpelledLike(n)) if (!ps.contains(p)) ps.add(p);
                System.out.println(n + ": " + ps.size() + " place(s)");
                for (Place p : ps) {
                    System.out.printf("  %s | %s | %s | %s | %.4f,%.4f | prec %d | %s | pop %d | id %d%n", p.name(), p.country(), p.admin1(),
                            p.admin2(), p.latitude(), p.longitude(), p.geoPrecision(), p.feature(), p.population(), p.geonamesId());
                }
            }
            return 0;
        }
    }

    @Command(name = "mentions", mixinStandardHelpOptions = true,
            description = {"Measures place-name false positives on a gold CSV with a country column: how many place names "
                    + "resolve to a country other than the gold event's, by rule, with the most frequent such names."})
    static final class Mentions implements Callable<Integer> {

        @Option(names = "--gold", required = true, paramLabel = "FILE.csv")
        Path gold;

        @Option(names = "--top", paramLabel = "N", description = "How many foreign names to list (default: ${DEFAULT-VALUE}).")
        int top = 25;

        @Override
        public Integer call() throws Exception {
            List<org.peristiwa.eval.GoldRow> rows;
            try {
                rows = org.peristiwa.eval.GoldReader.read(gold);
            } catch (org.peristiwa.ingest.InputException e) {
                System.err.println("peristiwa: " + e.getMessage());
                return 1;
            }
            org.peristiwa.Extractor ex = org.peristiwa.Extractor.standard();
            long names = 0, foreign = 0, reports = 0;
            Map<String, long[]> byRule = new java.util.TreeMap<>();
            Map<String, Integer> foreignNames = new java.util.HashMap<>();
            for (org.peristiwa.eval.GoldRow row : rows) {
                String country = row.gold("country");
                if (country == null || country.isBlank()) continue;
                reports++;
                org.peristiwa.report.Report r = ex.extract(row.text(), null);
                for (org.peristiwa.mention.PlaceMention m : r.places()) {
                    if (m.best() == null) continue;
                    names++;
                    String rule = m.rule().contains("+") ? m.rule().substring(0, m.rule().indexOf('+')) : m.rule();
                    long[] c = byRule.computeIfAbsent(rule, k -> new long[2]);
                    c[0]++;
                    if (!m.best().country().equalsIgnoreCase(country.strip())) {
                        foreign++;
                        c[1]++;
                        foreignNames.merge(m.span().of(r.text()) + " -> " + m.best().name() + " (" + m.best().country() + ")", 1, Integer::sum);
                    }
                }
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("reports", reports);
            o.put("place_names", names);
            o.put("in_another_country", foreign);
            o.put("share_in_another_country", names == 0 ? 0 : Math.round(1000.0 * foreign / names) / 1000.0);
            Map<String, Object> rules = new LinkedHashMap<>();
            byRule.forEach((k, v) -> rules.put(k, Map.of("names", v[0], "in_another_country", v[1])));
            o.put("by_rule", rules);
            List<String> topNames = foreignNames.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(top).map(e -> e.getValue() + " x " + e.getKey()).toList();
            o.put("most_frequent_in_another_country", topNames);
            System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
            return 0;
        }
    }

    @Command(name = "places", mixinStandardHelpOptions = true,
            description = "Lists the place names found in report files, each with its best candidates and the rule that chose them.")
    static final class Places implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<String> paths;

        @Override
        public Integer call() throws Exception {
            org.peristiwa.Extractor ex = org.peristiwa.Extractor.standard();
            try {
                for (Inputs.Input in : Inputs.expand(paths)) {
                    org.peristiwa.ingest.Document d = Inputs.read(in, Long.MAX_VALUE);
                    org.peristiwa.report.Report r = ex.extract(d.text(), null);
                    System.out.println("== " + in);
                    for (org.peristiwa.mention.PlaceMention m : r.places()) {
                        String what = m.isCountry() ? "country " + m.country().name() + (m.adjective() ? " (adjective)" : "")
                                : m.best() == null ? "unknown" : m.best().name() + ", " + m.best().admin1() + ", " + m.best().country()
                                + " (" + m.candidates().size() + " candidates)";
                        System.out.printf("  %-28s %s | %s%s | score %.2f%n", m.span().of(r.text()), what, m.rule(),
                                m.qualifies() == -1 ? "" : m.qualifies() == -2 ? " | locates an unknown name" : " | locates #" + m.qualifies(), m.score());
                    }
                }
            } catch (org.peristiwa.ingest.InputException e) {
                System.err.println("peristiwa: " + e.getMessage());
                return 1;
            }
            return 0;
        }
    }
}
