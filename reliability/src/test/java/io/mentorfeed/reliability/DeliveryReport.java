package io.mentorfeed.reliability;

/**
 * What the verifier found on the topics, read committed, after the run. {@code entries} is ingest's output,
 * keyed by mentor and entry id: ingest may legitimately write an entry twice (a zombie instance, see docs/ingest.md)
 * and the processor dedupes it, so its doubles are reported, not failed on. Posts and recommendations are the
 * promise: each published entry exactly one post, and one recommendation per reader following its mentor.
 * {@code lateEntries} counts entries that reached mentorfeed.entries out of their feed's order ({@link PollOrder}).
 */
record DeliveryReport(int entriesChecked, DeliveryTally entries, int lateEntries, DeliveryTally posts,
                      DeliveryTally recommendations) {

    int lost() {
        return entries.lost() + posts.lost() + recommendations.lost();
    }

    /** Posts and recommendations delivered more than once, or under a key nobody published. */
    int doubled() {
        return posts.doubled() + posts.unexpected() + recommendations.doubled() + recommendations.unexpected();
    }

    String summary() {
        return "entriesChecked=" + entriesChecked + " lost=" + lost() + " doubled=" + doubled()
                + " posts=" + posts.delivered() + "/" + posts.expected()
                + " recommendations=" + recommendations.delivered() + "/" + recommendations.expected()
                + " entriesRepublishedByIngest=" + (entries.doubled() + entries.unexpected())
                + " entriesOutOfOrder=" + lateEntries;
    }
}
