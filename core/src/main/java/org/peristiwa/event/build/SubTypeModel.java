package org.peristiwa.event.build;

import org.peristiwa.event.Taxonomy;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;

/**
 * The statistical sub-type model's opinion on an event the rules have typed: it reads the event's features (the
 * rules' decision among them) and, for the language it was trained on, makes the final call. The features are
 * recorded on the event whenever the language matches, so that training reads the same features prediction does.
 */
final class SubTypeModel {

    private final LinearModel model;
    private final String language;
    private final Taxonomy taxonomy;

    SubTypeModel(LinearModel model, String language, Taxonomy taxonomy) {
        this.model = model;
        this.language = language;
        this.taxonomy = taxonomy;
    }

    /** The final sub-type: the rules' decision, or the model's where it has one; its evidence names both. */
    String decide(Report report, Cluster c, Participants.Found found, SubTypeRules.Decision rules, String lang, EventRecord r) {
        String type = rules.type();
        if (!lang.equals(language)) return type;
        r.features = EventFeatures.of(report, c, rules.scores(), type, found, rules.sizeMarker(), rules.intervened());
        if (model == null) return type;
        LinearModel.Prediction p = model.predict(r.features, 4);
        if (!taxonomy.isSubType(p.label())) return type;
        StringBuilder why = new StringBuilder("model:sub-type " + p.label() + " p=" + Math.round(p.probability() * 100) / 100.0
                + " (rules: " + type + "; strongest features:");
        for (var contribution : p.top()) why.append(' ').append(contribution.feature()).append(" +").append(contribution.weight());
        why.append(')');
        Sentence head = report.sentences().get(c.head(report).sentence());
        r.addEvidence("sub_event_type", report.evidence(head.span(), why.toString()));
        return p.label();
    }
}
