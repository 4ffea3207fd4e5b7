package io.mentorfeed.api.ops;

import io.mentorfeed.api.mentors.MentorService;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Topics;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator asks of the running system through the API. Commands go to {@code mentorfeed.control}, where
 * the services they concern act on them (ingest polls the feed, every API instance rebuilds its read model): the
 * API only writes them, so a 202 means "written", not "done". Pausing is a change of the mentor, written as any
 * other change of it is, which ingest already follows.
 */
public final class OpsService {
    /** Who asked, in the command and the services' logs; tokens are not named, so "an admin of the API". */
    static final String REQUESTED_BY = "api:admin";
    private static final Logger log = LoggerFactory.getLogger(OpsService.class);

    private final ReadModelView view;
    private final Writer writer;
    private final MentorService mentors;

    public OpsService(ReadModelView view, Writer writer, MentorService mentors) {
        this.view = view;
        this.writer = writer;
        this.mentors = mentors;
    }

    /** Every feed ingest keeps a state for, by mentor id. */
    public List<FeedHealth> feeds() {
        return view.feedStates().stream().sorted(Comparator.comparing(FeedState::mentorId))
                .map(state -> FeedHealth.of(state, view.mentor(state.mentorId()).orElse(null))).toList();
    }

    /** Asks ingest to poll the mentor's feed now; a Rejection (404) for an unknown mentor. */
    public ControlCommand refetch(String mentorId, Instant now) {
        Mentor mentor = mentors.get(mentorId);
        ControlCommand command = ControlCommand.refetch(mentor.id(), now, REQUESTED_BY);
        writer.write(Topics.CONTROL, command.target(), command);
        log.info("feed refetch requested mentor={} feed={} command={}", mentor.id(), mentor.feedUrl(), command.id());
        return command;
    }

    public Mentor pause(String mentorId) {
        return setPaused(mentorId, true);
    }

    public Mentor resume(String mentorId) {
        return setPaused(mentorId, false);
    }

    /** Asks every API instance to read its view again from the beginning of the topics. */
    public ControlCommand rebuildReadModel(Instant now) {
        ControlCommand command = ControlCommand.rebuildReadModel(now, REQUESTED_BY);
        writer.write(Topics.CONTROL, command.target(), command);
        log.info("read model rebuild requested command={}", command.id());
        return command;
    }

    private Mentor setPaused(String mentorId, boolean paused) {
        Mentor mentor = mentors.setPaused(mentorId, paused);
        log.info("feed {} mentor={} feed={}", paused ? "paused" : "resumed", mentor.id(), mentor.feedUrl());
        return mentor;
    }
}
