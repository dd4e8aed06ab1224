package org.peristiwa.event.build;

import org.peristiwa.event.Taxonomy;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;

/**
 * The statistical sub-type model's opinion on an event the rules have typed, and which of the two wins. A specific
 * codebook trigger (suicide bomber, chlorine, grenade, ceasefire, raped: weight 5 or more), or a distinction the text
 * makes explicit (who took the territory), sets the sub-type unless the model disagrees with at least {@link #OVERRIDE_SPECIFIC} probability; where the rules had to
 * choose from generic words (an attack on whom? a protest met how?) the model decides once it reaches
 * {@link #OVERRIDE_UNSURE}. The evidence names both opinions and which won. The features are recorded on the event
 * so that training reads exactly what prediction reads.
 */
final class SubTypeModel {

    /** How sure the model must be to overrule a specific codebook trigger, and a choice the rules made from generic words. */
    static final double OVERRIDE_SPECIFIC = 0.97, OVERRIDE_UNSURE = 0.7;

    private final LinearModel model;
    private final Taxonomy taxonomy;

    SubTypeModel(LinearModel model, Taxonomy taxonomy) {
        this.model = model;
        this.taxonomy = taxonomy;
    }

    /** The final sub-type: the rules' decision, or the model's where it wins; the evidence names both. */
    String decide(Report report, Cluster c, Participants.Found found, SubTypeRules.Decision rules, String lang, EventRecord r) {
        String type = rules.type();
        r.features = SubTypeFeatures.of(report, c, lang, rules, found);
        if (model == null) return type;
        LinearModel.Prediction p = model.predict(r.features, 4);
        if (!taxonomy.isSubType(p.label())) return type;
        boolean specific = rules.specific();
        boolean modelWins = !p.label().equals(type) && p.probability() >= (specific ? OVERRIDE_SPECIFIC : OVERRIDE_UNSURE);
        StringBuilder why = new StringBuilder("model:sub-type " + p.label() + " p=" + Math.round(p.probability() * 100) / 100.0
                + " (rules: " + type + (specific ? ", from a specific trigger" : ", from generic words") + "; "
                + (p.label().equals(type) ? "both agree" : modelWins ? "the model wins" : "the rules stand") + "; strongest features:");
        for (var contribution : p.top()) why.append(' ').append(contribution.feature()).append(" +").append(contribution.weight());
        why.append(')');
        Sentence head = report.sentences().get(c.head(report).sentence());
        r.addEvidence("sub_event_type", report.evidence(head.span(), why.toString()));
        return modelWins ? p.label() : type;
    }
}
