/**
 * Cross-report merging: which event mentions (one per report and event) tell the same event, and what the merged
 * event says. The rules ({@link org.peristiwa.merge.MergeRules}) compare two mentions and give the reason either
 * way; {@link org.peristiwa.merge.Clustering} groups a set of mentions into events the same way whatever order they
 * came in; {@link org.peristiwa.merge.MergedEvent} combines a group into one record (ACLED's conservative fatality
 * rule, the most precise place and date, every source). The event store and the Flink job both use these classes.
 */
package org.peristiwa.merge;
