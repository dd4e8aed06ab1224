package org.peristiwa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {

    private static final String CONLL = String.join("\n",
            "Kapolri O", "Listyo B-PER", "Sigit I-PER", "tiba O", "di O", "Bekasi B-LOC", ". O", "",
            "Komnas B-ORG", "HAM I-ORG", "mengecam O", "serangan O", "di O", "Wamena B-LOC", ". O", "",
            "Juru O", "bicara O", "TNI B-ORG", ", O", "Aqsha B-PER", "Erlangga I-PER", ", O", "membenarkan O",
            "kabar O", "itu O", ". O", "");

    /** Runs the command line; returns {exit code, stdout}. */
    private static Object[] run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Object[] {code, buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void trainThenEvalPrintsEntityLevelJson(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("tiny.conll");
        Files.writeString(data, CONLL, StandardCharsets.UTF_8);
        Path model = dir.resolve("model.gz");
        Object[] train = run("train-ner", "--train", data.toString(), "--out", model.toString(), "--epochs", "20",
                "--folds", "1", "--prune", "0");
        assertEquals(0, train[0]);
        assertTrue(Files.size(model) > 0);

        Path errors = dir.resolve("errors.jsonl");
        Object[] eval = run("eval-ner", "--conll", data.toString(), "--model", model.toString(),
                "--errors", errors.toString());
        assertEquals(0, eval[0]);
        JsonNode json = new ObjectMapper().readTree((String) eval[1]);
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("f1", "precision", "recall", "per_type"), keys.subList(0, 4));
        for (String type : List.of("PER", "ORG", "LOC")) {
            JsonNode t = json.get("per_type").get(type);
            assertTrue(t.has("f1") && t.has("precision") && t.has("recall") && t.has("support"), type);
        }
        assertEquals(2, json.get("per_type").get("LOC").get("support").asInt());
        assertEquals(2, json.get("per_type").get("PER").get("support").asInt());
        assertEquals(1.0, json.get("f1").asDouble(), 1e-9, "a model scores its own tiny training file fully");
        assertTrue(Files.readString(errors).isEmpty());
    }

    @Test
    void missingFileIsAnErrorNotAStackTrace(@TempDir Path dir) {
        Object[] eval = run("eval-ner", "--conll", dir.resolve("none.txt").toString());
        assertEquals(1, eval[0]);
    }
}
