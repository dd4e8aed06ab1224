package org.peristiwa.event.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Modality;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.record.Dismissed;
import org.peristiwa.report.Component;
import org.peristiwa.report.Evidence;
import org.peristiwa.report.Flag;
import org.peristiwa.report.Relevance;
import org.peristiwa.report.Report;
import org.peristiwa.text.LanguageIdentifier;

/**
 * Decides, before any event is built, whether a report tells of political violence, a protest or a strategic
 * development at all. Each trigger gets a probability from the relevance model ({@link RelevanceFeatures}): a report
 * is about conflict when its most conflict-like trigger reaches {@code threshold}, and then all its triggers are read
 * (a report's context weighs on every trigger alike, so a lower score inside a conflict report says little about the
 * word itself). A report about something else keeps no trigger: each is set aside as a word used in another sense,
 * with its score and the features that weighed against it. A report in a language the coder does not read gets no
 * events and a flag naming the language; nor does an opinion piece ({@link OpinionPiece}), which argues about events
 * and reports none of its own.
 */
public final class RelevanceGate implements Component {

    public static final String UNSUPPORTED_LANGUAGE = "unsupported_language";
    static final String CONFLICT = "conflict";

    private final LinearModel model;
    private final RelevanceFeatures features;
    private final double threshold;
    private final OpinionPiece opinionPieces = OpinionPiece.standard();

    /** {@code model} null: every trigger counts (the codebook rules alone), only the language is checked. */
    public RelevanceGate(LinearModel model, RelevanceFeatures features, double threshold) {
        this.model = model;
        this.features = features;
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "relevance";
    }

    @Override
    public void process(Report report) {
        String lang = report.language();
        if (!lang.equals("und") && !LanguageIdentifier.SUPPORTED.contains(lang)) {
            String why = "the report is in a language the coder does not read (" + lang + ")";
            report.addFlag(new Flag(UNSUPPORTED_LANGUAGE, why, report.languageEvidence()));
            report.setRelevance(new Relevance(false, 0, why, report.languageEvidence()));
            report.setEventMentions(List.of());
            return;
        }
        List<EventMention> mentions = report.eventMentions();
        if (mentions.isEmpty()) {
            report.setRelevance(new Relevance(false, 0, "no word of the report names an act of conflict", null));
            return;
        }
        String opinion = opinionPieces.markOf(report);
        if (opinion != null) {
            setAside(report, mentions, "an opinion piece (" + opinion + "): it argues about events and reports none of its own");
            return;
        }
        if (model == null) {
            report.setRelevance(new Relevance(true, 1, "no relevance model: every trigger counts", null));
            return;
        }
        RelevanceFeatures.Context ctx = features.context(report);
        int conflict = model.labels().indexOf(CONFLICT);
        double[] p = new double[mentions.size()];
        int best = 0;
        double[] shared = model.logits(ctx.features(), true);   // the report's part, the same for every trigger
        for (int i = 0; i < mentions.size(); i++) {
            double[] z = model.logits(features.own(report, ctx, mentions.get(i)), false);
            for (int k = 0; k < z.length; k++) z[k] += shared[k];
            p[i] = LinearModel.probabilitiesOf(z)[conflict];
            if (p[i] > p[best]) best = i;
        }
        double needed = thresholdFor(report);
        boolean relevant = p[best] >= needed;
        List<EventMention> kept = new ArrayList<>();
        List<Dismissed> dismissed = new ArrayList<>(report.dismissed());
        for (int i = 0; i < mentions.size(); i++) {
            EventMention m = mentions.get(i);
            if (relevant) {
                kept.add(m);
            } else if (m.modality().isRecorded()) {
                dismissed.add(new Dismissed(Modality.NOT_CONFLICT, "not conflict: '" + m.span().of(report.text()) + "' p="
                        + round(p[i]) + " (the report's best is " + round(p[best]) + "); " + why(report, ctx, m, false),
                        report.evidence(report.sentences().get(m.sentence()).span(), m.rule())));
            }
        }
        EventMention top = mentions.get(best);
        Evidence evidence = report.evidence(report.sentences().get(top.sentence()).span(), "relevance:model p=" + round(p[best])
                + (relevant ? " >= " : " < ") + needed + "; " + why(report, ctx, top, true));
        report.setRelevance(new Relevance(relevant, round(p[best]), relevant
                ? "the report tells of conflict: '" + top.span().of(report.text()) + "'"
                : "no trigger reads as conflict in its context (best '" + top.span().of(report.text()) + "')", evidence));
        report.setEventMentions(kept);
        report.setDismissed(dismissed);
    }

    /** Sentences (bearing events) beyond which a report is an article, judged by the best of many triggers. */
    static final int LONG_ARTICLE = 5;
    /** What an article's best trigger must score above the threshold (tuned on the news dev sets and IndoSum). */
    static final double ARTICLE_MARGIN = 0.05;

    /**
     * The bar a report's best trigger must reach. An article is judged by the best of its many triggers, and the best
     * of many scores is high by chance alone: an article of more than {@value #LONG_ARTICLE} sentences must clear
     * a higher bar than a note or a single news sentence.
     */
    double thresholdFor(Report report) {
        int read = 0;
        for (var s : report.sentences()) if (s.zone().bearsEvents()) read++;
        return read > LONG_ARTICLE ? threshold + ARTICLE_MARGIN : threshold;
    }

    /** No event from this report: each recorded trigger is set aside with the reason. */
    private static void setAside(Report report, List<EventMention> mentions, String why) {
        Evidence evidence = null;
        List<Dismissed> dismissed = new ArrayList<>(report.dismissed());
        for (EventMention m : mentions) {
            if (!m.modality().isRecorded()) continue;
            Evidence e = report.evidence(report.sentences().get(m.sentence()).span(), m.rule());
            if (evidence == null) evidence = e.withRule("relevance:" + why);
            dismissed.add(new Dismissed(Modality.NOT_CONFLICT, "not news: '" + m.span().of(report.text()) + "' in " + why, e));
        }
        report.setRelevance(new Relevance(false, 0, why, evidence));
        report.setEventMentions(List.of());
        report.setDismissed(dismissed);
    }

    /** The features that pushed most towards (or against) conflict. */
    private String why(Report report, RelevanceFeatures.Context ctx, EventMention m, boolean towards) {
        Map<String, Double> f = features.of(report, ctx, m);
        LinearModel.Prediction pr = model.predict(f, 4);
        boolean sameSide = pr.label().equals(CONFLICT) == towards;
        StringBuilder out = new StringBuilder(towards ? "for: " : "against: ");
        if (!sameSide) return out.append("(mixed)").toString();
        for (LinearModel.Contribution c : pr.top()) out.append(c.feature()).append(" +").append(c.weight()).append(' ');
        return out.toString().trim();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
