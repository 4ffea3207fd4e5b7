package io.mentorfeed.api.http;

import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.api.engagements.EngagementService;
import io.mentorfeed.api.mentors.MentorService;
import io.mentorfeed.api.mentors.OpmlImport;
import io.mentorfeed.api.profiles.ProfileService;
import io.mentorfeed.api.readinglist.ReadingListService;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.api.mentors.FeedDiscovery;

/** The domain services the HTTP handlers call; all read the same view and write through the same writer. */
public record ApiServices(ReadModelView view, DigestService digests, ReadingListService readingLists,
                          EngagementService engagements, MentorService mentors, OpmlImport opmlImport,
                          ProfileService profiles) {

    public static ApiServices over(ReadModelView view, Writer writer, FeedDiscovery discovery, int maxRespondNow,
                                   int maxWorthReading) {
        MentorService mentors = new MentorService(view, writer, discovery);
        return new ApiServices(view, new DigestService(view, maxRespondNow, maxWorthReading),
                new ReadingListService(view), new EngagementService(view, writer), mentors,
                new OpmlImport(view, mentors), new ProfileService(view, writer));
    }
}
