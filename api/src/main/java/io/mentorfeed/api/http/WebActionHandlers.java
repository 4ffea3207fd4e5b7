package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.engagements.EngagementRequest;
import io.mentorfeed.api.http.WebAccess.SignedIn;
import io.mentorfeed.api.mentors.MentorRequest;
import io.mentorfeed.api.mentors.OpmlImport;
import io.mentorfeed.api.web.PageItems;
import io.mentorfeed.api.web.ReadYourWrites;
import io.mentorfeed.api.web.WebConfig;
import io.mentorfeed.model.Mentor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page's writes, each behind the session and its CSRF token. The action buttons answer JSON to the page's
 * script (which updates the page in place) and redirect back with a message without it; the mentor forms always
 * redirect back to the mentors page with a message saying what happened, refusals included.
 */
final class WebActionHandlers {
    private static final Set<String> KINDS = Set.of("commented", "read", "skipped", "snoozed");

    private final ApiServices services;
    private final WebAccess access;
    private final WebConfig config;
    private final Clock clock;

    WebActionHandlers(ApiServices services, WebAccess access, WebConfig config, Clock clock) {
        this.services = services;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    void act(Context ctx) {
        SignedIn s = access.requireWrite(ctx);
        String postId = ctx.formParam("postId");
        String kind = ctx.formParam("kind");
        if (postId == null || postId.isBlank() || postId.length() > 200 || kind == null || !KINDS.contains(kind)) {
            throw ProblemException.badRequest("Form fields 'postId' and 'kind' (one of " + KINDS + ") are required");
        }
        Instant now = clock.instant();
        Instant until = kind.equals("snoozed") ? now.plus(config.snoozeFor()) : null;
        String id = services.engagements().record(s.profile().id(), new EngagementRequest(postId, kind, until), null,
                now).engagement().id();
        String message = switch (kind) {
            case "commented" -> "Marked as commented. Well done.";
            case "read" -> "Marked as read.";
            case "skipped" -> "Skipped.";
            default -> "Snoozed until " + new PageItems(services.view(), s.profile().timeZone(), now).when(until) + ".";
        };
        String status = kind.equals("snoozed") ? "snoozed" : "done";
        if (String.valueOf(ctx.header("Accept")).contains("application/json")) {
            ctx.json(Map.of("postId", postId, "kind", kind, "status", status, "message", message));
        } else {
            ReadYourWrites.await(() -> services.view().engagement(id).isPresent());
            WebPageHandlers.flash(ctx, access, message);
            ctx.redirect(back(ctx), HttpStatus.SEE_OTHER);
        }
    }

    /** Adds a mentor from a URL (feed discovery, as POST /api/v1/mentors does) and follows it. Admins only. */
    void addMentor(Context ctx) {
        SignedIn s = access.requireWrite(ctx);
        access.requireAdmin(s);
        String name = ctx.formParam("name");
        MentorRequest request = new MentorRequest(null, name == null || name.isBlank() ? null : name.strip(),
                ctx.formParam("url"), null, null, null, null, null, null, null);
        toMentors(ctx, () -> {
            Mentor mentor = services.mentors().create(request);
            services.profiles().follow(s.profile().id(), List.of(mentor));
            ReadYourWrites.await(() -> services.view().mentor(mentor.id()).isPresent() && follows(s, mentor.id()));
            return "Added " + mentor.name() + " (" + mentor.feedUrl() + "); you follow it.";
        });
    }

    void importOpml(Context ctx) {
        SignedIn s = access.requireWrite(ctx);
        access.requireAdmin(s);
        UploadedFile file = ctx.uploadedFile("opml");
        toMentors(ctx, () -> {
            if (file == null) {
                throw Rejection.invalid("Choose an OPML file to import");
            }
            OpmlImport.Result result = services.opmlImport().importOpml(read(file));
            services.profiles().follow(s.profile().id(), result.created());
            ReadYourWrites.await(() -> result.created().stream().allMatch(m -> follows(s, m.id())));
            return "Imported " + result.created().size() + " mentors (you follow them); skipped "
                    + result.skipped().size() + result.skipped().stream().limit(3)
                    .map(k -> ": " + k.xmlUrl() + " (" + k.reason() + ")").reduce("", String::concat) + ".";
        });
    }

    void pause(Context ctx) {
        paused(ctx, true);
    }

    void resume(Context ctx) {
        paused(ctx, false);
    }

    private void paused(Context ctx, boolean paused) {
        SignedIn s = access.requireWrite(ctx);
        access.requireAdmin(s);
        String id = Params.id(ctx, "id");
        toMentors(ctx, () -> {
            Mentor mentor = paused ? services.ops().pause(id) : services.ops().resume(id);
            ReadYourWrites.await(() -> services.view().mentor(id).map(m -> m.paused() == paused).orElse(true));
            return mentor.name() + (paused ? " is paused: its feed is not polled." : " is polled again.");
        });
    }

    void follow(Context ctx) {
        SignedIn s = access.requireWrite(ctx);
        String id = Params.id(ctx, "id");
        toMentors(ctx, () -> {
            Mentor mentor = services.mentors().get(id);
            services.profiles().follow(s.profile().id(), List.of(mentor));
            ReadYourWrites.await(() -> follows(s, id));
            return "You follow " + mentor.name() + ".";
        });
    }

    void unfollow(Context ctx) {
        SignedIn s = access.requireWrite(ctx);
        String id = Params.id(ctx, "id");
        toMentors(ctx, () -> {
            services.profiles().unfollow(s.profile().id(), id);
            ReadYourWrites.await(() -> !follows(s, id));
            return "You no longer follow " + services.mentors().get(id).name() + ".";
        });
    }

    private boolean follows(SignedIn s, String mentorId) {
        return services.view().profile(s.profile().id()).map(p -> p.follows(mentorId)).orElse(false);
    }

    /** Runs a mentor change and goes back to the mentors page saying what happened, or why it was refused. */
    private void toMentors(Context ctx, java.util.function.Supplier<String> change) {
        String message;
        try {
            message = change.get();
        } catch (Rejection e) {
            message = "Not done: " + e.getMessage();
        }
        WebPageHandlers.flash(ctx, access, message);
        ctx.redirect("/mentors", HttpStatus.SEE_OTHER);
    }

    private static String read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Rejection.invalid("The OPML file could not be read");
        }
    }

    /** Back to the page the form was on: only a path of this site, never another site's address. */
    private static String back(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(ctx.header("Host"))
                        && uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not a URI: home
            }
        }
        return "/";
    }
}
