package io.mentorfeed.app.demo;

import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import java.time.ZoneId;
import java.util.List;

/** Points a set of options at the sample feed server: its mentors, and a profile "demo" following them all. */
public final class DemoSetup {
    public static final String PROFILE_ID = "demo";

    private DemoSetup() {}

    public static MentorfeedOptions apply(MentorfeedOptions options, SampleFeedServer feeds, ZoneId zone) {
        List<Mentor> mentors = feeds.mentors();
        var profile = new Profile(PROFILE_ID, "Demo Reader", null, zone, 7,
                List.of("marketing", "writing", "productivity"), mentors.stream().map(Mentor::id).toList());
        return options.withRegistry(mentors, List.of(profile));
    }
}
