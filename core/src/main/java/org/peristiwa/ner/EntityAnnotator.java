package org.peristiwa.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;

/**
 * Pipeline component: tags the persons, organisations and places of each sentence with a {@link NerModel}.
 * Runs after {@code SentenceAnnotator} (it reads the report's sentences and tokens) and, since the bundled
 * model is Indonesian, only on reports in {@code languages}. It hands its mentions to {@code layer}
 * ({@code Report::setEntities} in the standard pipeline).
 * Keeps no per-report state, so one instance serves any number of threads.
 */
public final class EntityAnnotator implements Component {

    public static final String RULE = "ner:perceptron";

    private final java.util.function.Supplier<NerModel> model;
    private final Set<String> languages;
    private final BiConsumer<Report, List<EntityMention>> layer;

    public EntityAnnotator(NerModel model, Set<String> languages, BiConsumer<Report, List<EntityMention>> layer) {
        this(() -> model, languages, layer);
    }

    private EntityAnnotator(java.util.function.Supplier<NerModel> model, Set<String> languages, BiConsumer<Report, List<EntityMention>> layer) {
        this.model = model;
        this.languages = Set.copyOf(languages);
        this.layer = layer;
    }

    /**
     * The bundled Indonesian model, on Indonesian and Malay reports. The model is loaded on the first such report,
     * so that a run over English reports does not pay for it.
     */
    public static EntityAnnotator indonesian(BiConsumer<Report, List<EntityMention>> layer) {
        return new EntityAnnotator(new java.util.function.Supplier<>() {
            private volatile NerModel loaded;

            @Override
            public NerModel get() {
                NerModel m = loaded;
                if (m == null) {
                    synchronized (this) {
                        if (loaded == null) loaded = NerModel.bundled();
                        m = loaded;
                    }
                }
                return m;
            }
        }, Set.of("id", "ms"), layer);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void process(Report report) {
        layer.accept(report, languages.contains(report.language()) ? annotate(report) : List.of());
    }

    /** The entities of every sentence of the report, in text order, whatever its language. */
    public List<EntityMention> annotate(Report report) {
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : report.sentences()) {
            List<Token> tokens = report.tokensOf(s);
            if (tokens.isEmpty()) continue;
            List<String> words = new ArrayList<>(tokens.size());
            for (Token t : tokens) words.add(t.surface());
            for (Entity e : model.get().entities(words)) {
                Token first = tokens.get(e.start()), last = tokens.get(e.end() - 1);
                out.add(new EntityMention(new org.peristiwa.report.Span(first.start(), last.end()),
                        first.index(), last.index() + 1, e.type(), RULE));
            }
        }
        return out;
    }
}
