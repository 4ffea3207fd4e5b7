package io.mentorfeed.api.http;

import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.api.email.ActionLinks;
import io.mentorfeed.api.email.DigestEmailRenderer;
import io.mentorfeed.api.email.EmailActions;
import io.mentorfeed.api.email.EmailConfig;
import io.mentorfeed.api.engagements.EngagementService;
import io.mentorfeed.api.mentors.MentorService;
import io.mentorfeed.api.mentors.OpmlImport;
import io.mentorfeed.api.ops.OpsService;
import io.mentorfeed.api.profiles.ProfileService;
import io.mentorfeed.api.readinglist.ReadingListService;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.api.mentors.FeedDiscovery;

/** The domain services the HTTP handlers call; all read the same view and write through the same writer. */
public record ApiServices(ReadModelView view, DigestService digests, ReadingListService readingLists,
                          EngagementService engagements, MentorService mentors, OpmlImport opmlImport,
                          ProfileService profiles, DigestEmailRenderer emailRenderer, EmailActions emailActions,
                          OpsService ops) {

    /** With the email's default settings: links signed with a key of this process only. */
    public static ApiServices over(ReadModelView view, Writer writer, FeedDiscovery discovery, int maxRespondNow,
                                   int maxWorthReading) {
        return over(view, writer, discovery, maxRespondNow, maxWorthReading, EmailConfig.defaults());
    }

    public static ApiServices over(ReadModelView view, Writer writer, FeedDiscovery discovery, int maxRespondNow,
                                   int maxWorthReading, EmailConfig email) {
        MentorService mentors = new MentorService(view, writer, discovery);
        EngagementService engagements = new EngagementService(view, writer);
        ActionLinks links = ActionLinks.from(email);
        return new ApiServices(view, new DigestService(view, maxRespondNow, maxWorthReading),
                new ReadingListService(view), engagements, mentors,
                new OpmlImport(view, mentors), new ProfileService(view, writer),
                new DigestEmailRenderer(email, links, view::post),
                new EmailActions(links, engagements, view, writer, email.snoozeFor()),
                new OpsService(view, writer, mentors));
    }
}
