package org.peristiwa.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;

/**
 * Indonesian root words (JSastrawi, with its root-word dictionary): menyerang, diserang, penyerangan and serangan
 * all give "serang"; warga-warga gives "warga"; clitics (-nya, -lah) are dropped. Results are cached: news
 * repeats its words, and a look-up is far cheaper than stripping affixes again.
 */
public final class IndonesianStemmer {

    private static final int MAX_CACHE = 200_000;
    private static volatile IndonesianStemmer standard;

    private final Lemmatizer lemmatizer;
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    public static IndonesianStemmer standard() {
        IndonesianStemmer s = standard;
        if (s == null) {
            synchronized (IndonesianStemmer.class) {
                if (standard == null) standard = new IndonesianStemmer();
                s = standard;
            }
        }
        return s;
    }

    private IndonesianStemmer() {
        Set<String> dictionary = new HashSet<>();
        try (InputStream in = Lemmatizer.class.getResourceAsStream("/root-words.txt")) {
            if (in == null) throw new IllegalStateException("JSastrawi's root-words.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) dictionary.add(line.trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.lemmatizer = new DefaultLemmatizer(dictionary);
    }

    /** The root of a lower-case word; words of three letters or fewer, and non-words, come back unchanged. */
    public String stem(String lower) {
        if (lower.length() <= 3 || !Character.isLetter(lower.charAt(0))) return lower;
        String cached = cache.get(lower);
        if (cached != null) return cached;
        String root = lemmatizer.lemmatize(lower.toLowerCase(Locale.ROOT));
        if (cache.size() < MAX_CACHE) cache.put(lower, root);
        return root;
    }
}
