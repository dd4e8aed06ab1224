package org.peristiwa.number;

import org.peristiwa.report.Span;

/**
 * A count the text gives, in digits or words. {@code value} is the conservative reading: "dozens" is 12,
 * "puluhan" 12, "ratusan" 100; {@code bound} keeps the hedge ("at least 30" is AT_LEAST 30).
 * {@code weak} marks counts read from an article or classifier ("a man", "seorang warga"): 1, but only when
 * the next word is a person.
 */
public record NumberMention(Span span, long value, Bound bound, boolean vague, boolean weak, int firstToken,
                            int endToken, String rule) {

    public enum Bound { EXACT, AT_LEAST, ABOUT, MORE_THAN, UP_TO }
}
