package io.mentorfeed.app.config;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.processor.ProcessorConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything mentorfeed is told at start-up, in one typed, validated object: each service's own config, where
 * Kafka is, and the mentors and profiles to register. Built by {@link OptionsLoader}: defaults here, then the
 * YAML file, then environment variables.
 */
public record MentorfeedOptions(KafkaOptions kafka, IngestConfig ingest, ProcessorConfig processor, ApiConfig api,
                                OpsOptions ops, DemoOptions demo, List<Mentor> mentors, List<Profile> profiles) {
    public MentorfeedOptions {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(processor, "processor");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(demo, "demo");
        ops = ops == null ? OpsOptions.defaults() : ops;
        mentors = mentors == null ? List.of() : List.copyOf(mentors);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        // The daily budget counts the digest's respond-now rows: a digest showing fewer than the budget would say
        // "budget used up" over rows the reader cannot see.
        if (api.maxRespondNow() < processor.relationships().dailyBudget()) {
            throw new IllegalArgumentException("api.max-respond-now (" + api.maxRespondNow() + ") must be at least "
                    + "processor.relationships.daily-budget (" + processor.relationships().dailyBudget()
                    + "): the digest would hide respond-now items the budget counts");
        }
        requireUniqueIds("mentors", mentors.stream().map(Mentor::id).toList());
        requireUniqueIds("profiles", profiles.stream().map(Profile::id).toList());
        Set<String> mentorIds = new HashSet<>(mentors.stream().map(Mentor::id).toList());
        for (Profile profile : profiles) {
            for (String followed : profile.following()) {
                if (!mentorIds.contains(followed)) {
                    throw new IllegalArgumentException("profiles: '" + profile.id() + "' follows '" + followed
                            + "', which is not in mentors");
                }
            }
        }
    }

    public static MentorfeedOptions defaults() {
        return new MentorfeedOptions(KafkaOptions.defaults(), IngestConfig.defaults(), ProcessorConfig.defaults(),
                ApiConfig.defaults(), OpsOptions.defaults(), DemoOptions.defaults(), List.of(), List.of());
    }

    /** The same options with other mentors and profiles. */
    public MentorfeedOptions withRegistry(List<Mentor> newMentors, List<Profile> newProfiles) {
        return new MentorfeedOptions(kafka, ingest, processor, api, ops, demo, newMentors, newProfiles);
    }

    private static void requireUniqueIds(String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + ": id '" + id + "' appears twice");
            }
        }
    }
}
