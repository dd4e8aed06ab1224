import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists GeoNames one-word place names that are also common words: written in lower case at least MIN times in
 * running text (English and Indonesian corpora). Such names ("Police", "Mobile", "Medan") need support from
 * their context before they count as places. Prints one TSV row per language for geo/common_words.tsv.
 * Run: java scripts/gazetteer/CommonPlaceWords.java cities1000.txt MIN LANG=FILE...
 *   FILE: text (.txt, one token per line as in CoNLL files, or plain prose) or re3d *_documents.json ("text" fields).
 */
public class CommonPlaceWords {
    public static void main(String[] args) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            for (String n : (c[1] + "," + c[2] + "," + c[3]).split(",")) {
                String t = n.strip().toLowerCase(java.util.Locale.ROOT);
                if (t.length() >= 2 && t.chars().allMatch(Character::isLetter)) names.add(t);
            }
        }
        int min = Integer.parseInt(args[1]);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Pattern word = Pattern.compile("\\p{L}+");
        Pattern jsonText = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");
        for (int i = 2; i < args.length; i++) {
            String lang = args[i].substring(0, args[i].indexOf('='));
            String s = Files.readString(Path.of(args[i].substring(args[i].indexOf('=') + 1)), StandardCharsets.UTF_8);
            if (args[i].endsWith(".json")) {
                StringBuilder b = new StringBuilder();
                Matcher m = jsonText.matcher(s);
                while (m.find()) b.append(m.group(1).replace("\\n", "\n")).append('\n');
                s = b.toString();
            }
            Matcher m = word.matcher(s);
            Map<String, Integer> c = counts.computeIfAbsent(lang, k -> new HashMap<>());
            while (m.find()) {
                String w = m.group();
                if (Character.isLowerCase(w.charAt(0)) && names.contains(w)) c.merge(w, 1, Integer::sum);
            }
        }
        System.out.println("lang\twords");
        for (String lang : new TreeSet<>(counts.keySet())) {
            TreeSet<String> out = new TreeSet<>();
            counts.get(lang).forEach((w, n) -> { if (n >= min) out.add(w); });
            System.out.println(lang + "\t" + String.join("|", out));
        }
    }
}
