package org.peristiwa.mention;

import org.peristiwa.geo.Country;
import org.peristiwa.kb.ActorCodebook;
import org.peristiwa.report.Span;

/**
 * A mention of an actor: either a named actor from the codebook or a generic role ("soldiers", "warga"),
 * with the country the text ties it to ("Syrian troops", "tentara Suriah") when it does.
 */
public record ActorMention(Span span, int firstToken, int endToken, ActorCodebook.NamedActor named,
                           ActorCodebook.Role role, Country country, Span countrySpan, String rule) {

    public int inter() {
        return named != null ? named.inter() : role.inter();
    }

    public String key() {
        return named != null ? named.name() : role.role();
    }
}
