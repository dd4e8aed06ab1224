package org.peristiwa.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * Reads the project's knowledge files: UTF-8, tab-separated, a header line naming the columns, '#' comments.
 * The schema check is the header: a file whose header lacks a required column, or a row with a different
 * number of cells, or an empty required cell, is rejected with the file name and line number.
 */
public final class Tsv {

    /** One data row, its cells addressed by column name. */
    public record Row(String file, int line, Map<String, Integer> columns, String[] cells) {

        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) throw new KnowledgeFileException(file, line, "no column '" + column + "'");
            return i < cells.length ? cells[i].trim() : "";
        }

        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) throw new KnowledgeFileException(file, line, "empty '" + column + "'");
            return v;
        }

        public int requireInt(String column, int min, int max) {
            String v = require(column);
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                throw new KnowledgeFileException(file, line, "'" + column + "' must be a whole number in "
                        + min + ".." + max + ", not '" + v + "'");
            }
        }

        public double requireDouble(String column, double min, double max) {
            String v = require(column);
            try {
                double d = Double.parseDouble(v);
                if (d < min || d > max || Double.isNaN(d)) throw new NumberFormatException();
                return d;
            } catch (NumberFormatException e) {
                throw new KnowledgeFileException(file, line, "'" + column + "' must be a number in "
                        + min + ".." + max + ", not '" + v + "'");
            }
        }

        /** A '|'-separated list cell, blanks dropped. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) return List.of();
            List<String> out = new ArrayList<>();
            for (String s : v.split("\\|")) {
                String t = s.trim();
                if (!t.isEmpty()) out.add(t);
            }
            return out;
        }

        public KnowledgeFileException error(String problem) {
            return new KnowledgeFileException(file, line, problem);
        }
    }

    private Tsv() {}

    /** Reads a knowledge file from the classpath (under {@code /peristiwa/}). */
    public static List<Row> resource(String name, String... requiredColumns) {
        String path = "/peristiwa/" + name;
        try (InputStream in = Tsv.class.getResourceAsStream(path)) {
            if (in == null) throw new KnowledgeFileException(path, 0, "missing from the classpath");
            return read(path, in, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a user's knowledge file from disk. */
    public static List<Row> file(Path file, String... requiredColumns) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, requiredColumns);
        } catch (IOException e) {
            throw new KnowledgeFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    public static List<Row> read(String name, InputStream in, String... requiredColumns) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < cells.length; i++) columns.put(cells[i].trim(), i);
                for (String required : requiredColumns) {
                    if (!columns.containsKey(required)) {
                        throw new KnowledgeFileException(name, lineNo, "header lacks column '" + required
                                + "' (has " + Arrays.toString(cells) + ")");
                    }
                }
                continue;
            }
            if (cells.length != columns.size()) {
                throw new KnowledgeFileException(name, lineNo, "expected " + columns.size() + " tab-separated cells, found "
                        + cells.length);
            }
            rows.add(new Row(name, lineNo, columns, cells));
        }
        if (columns == null) throw new KnowledgeFileException(name, 0, "empty file: no header");
        return rows;
    }
}
