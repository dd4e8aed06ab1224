package org.peristiwa.pipeline;

import java.util.List;
import org.peristiwa.attribution.AttributionAnnotator;
import org.peristiwa.event.build.EventBuilder;
import org.peristiwa.event.ModalityAnnotator;
import org.peristiwa.event.Taxonomy;
import org.peristiwa.event.TriggerAnnotator;
import org.peristiwa.event.TriggerLexicon;
import org.peristiwa.event.relevance.RelevanceFeatures;
import org.peristiwa.event.relevance.RelevanceGate;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.kb.ActorCodebook;
import org.peristiwa.mention.ActorMentionAnnotator;
import org.peristiwa.mention.PlaceMentionAnnotator;
import org.peristiwa.number.NumberAnnotator;
import org.peristiwa.press.PressConventions;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.text.LanguageIdentifier;
import org.peristiwa.text.IndonesianStemmer;
import org.peristiwa.text.SentenceAnnotator;
import org.peristiwa.text.StemAnnotator;
import org.peristiwa.time.DateAnnotator;

/**
 * The one place where the pipeline is assembled. Each component adds one layer to the report; the order is
 * the order of their dependencies. A pipeline is immutable and safe to share between threads (components
 * keep no per-report state).
 */
public final class Pipeline {

    private final List<Component> components;

    public Pipeline(List<Component> components) {
        this.components = List.copyOf(components);
    }

    /** Where the bundled sub-type model lives; {@code peristiwa train} writes it. */
    public static final String BUNDLED_MODEL = "/peristiwa/model/subtype.tsv";

    /** Where the bundled relevance model lives; {@code peristiwa train-relevance} writes it. */
    public static final String BUNDLED_RELEVANCE_MODEL = "/peristiwa/model/relevance.tsv";

    /** The probability from which a report tells of conflict (see {@link RelevanceGate}). */
    public static final double RELEVANCE_THRESHOLD = Double.parseDouble(System.getProperty("peristiwa.relevance.threshold", "0.5"));

    /** The standard pipeline with the bundled knowledge files and the bundled English sub-type model. */
    public static Pipeline standard() {
        return standard(bundledModel());
    }

    /** The bundled model, or null when none is bundled. */
    public static LinearModel bundledModel() {
        return bundled(BUNDLED_MODEL);
    }

    /** The bundled relevance model, or null when none is bundled. */
    public static LinearModel bundledRelevanceModel() {
        return bundled(BUNDLED_RELEVANCE_MODEL);
    }

    private static LinearModel bundled(String resource) {
        try (java.io.InputStream in = Pipeline.class.getResourceAsStream(resource)) {
            return in == null ? null : LinearModel.read(in, resource);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the bundled model " + resource, e);
        }
    }

    /** The standard pipeline with the given English sub-type model (null: the codebook rules alone). */
    public static Pipeline standard(LinearModel model) {
        return standard(model, false);
    }

    /**
     * The standard pipeline; {@code entities} adds the Indonesian entity layer (persons, organisations, places),
     * which no event step reads yet and which costs a sixth of the time of an Indonesian report: on request only.
     */
    public static Pipeline standard(LinearModel model, boolean entities) {
        return standard(model, bundledRelevanceModel(), entities);
    }

    /** The standard pipeline with the given sub-type and relevance models (either null: left out). */
    public static Pipeline standard(LinearModel model, LinearModel relevance, boolean entities) {
        Gazetteer gazetteer = Gazetteer.standard();
        ActorCodebook codebook = ActorCodebook.standard();
        return new Pipeline(List.of(
                new LanguageIdentifier(),
                new PressConventions(gazetteer),
                new SentenceAnnotator(),
                new StemAnnotator(IndonesianStemmer.standard()),
                entities ? org.peristiwa.ner.EntityAnnotator.indonesian(Report::setEntities) : new NoComponent("entities"),
                new NumberAnnotator(),
                new DateAnnotator(),
                new PlaceMentionAnnotator(gazetteer),
                new ActorMentionAnnotator(codebook),
                new AttributionAnnotator(),
                new TriggerAnnotator(TriggerLexicon.standard()),
                new ModalityAnnotator(),
                new RelevanceGate(relevance, RelevanceFeatures.standard(), RELEVANCE_THRESHOLD),
                new EventBuilder(Taxonomy.standard(), codebook, gazetteer, model)));
    }

    /** A step left out of this pipeline. */
    private record NoComponent(String name) implements Component {
        @Override
        public void process(Report report) {
            // nothing: the layer stays empty
        }
    }

    public Report process(Report report) {
        for (Component c : components) c.process(report);
        return report;
    }

    public List<Component> components() {
        return components;
    }
}
