package io.mentorfeed.app.admin;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Topics;
import java.io.PrintWriter;

/**
 * Pauses or resumes a mentor by republishing its latest registry record with {@code paused} set: ingest follows
 * the registry, so the change reaches every instance. Asking for the state a mentor is already in writes nothing.
 */
final class PauseSwitch {
    private PauseSwitch() {}

    static int apply(ConnectionOptions connection, MentorTarget target, boolean paused, PrintWriter out) {
        try (AdminKafka kafka = connection.connect()) {
            Mentor mentor = target.resolve(kafka.latestByKey(Topics.MENTORS).values());
            String state = paused ? "paused" : "active";
            if (mentor.paused() == paused) {
                out.println("mentor " + mentor.id() + " is already " + state + " (nothing written)");
            } else {
                Mentor changed = mentor.withPaused(paused);
                kafka.send(Topics.MENTORS, changed.id(), changed, "writing to " + Topics.MENTORS.name());
                out.println("mentor " + mentor.id() + " is now " + state + " feed=" + mentor.feedUrl());
            }
            out.println("check: ./mentorfeed admin feeds (PAUSED column)");
            out.flush();
        }
        return 0;
    }
}
