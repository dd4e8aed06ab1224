package org.peristiwa.store;

import org.peristiwa.merge.Mention;

/** A stored mention with the component and event it belongs to. */
public record StoredMention(Mention mention, String component, String eventId) {}
