package io.mentorfeed.api.profiles;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.digest.UnknownProfileException;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topics;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Reads a reader's profile and writes their changes to the compacted profiles topic. */
public final class ProfileService {
    private static final int MAX_ITEMS = 200;

    private final ReadModelView view;
    private final Writer writer;

    public ProfileService(ReadModelView view, Writer writer) {
        this.view = view;
        this.writer = writer;
    }

    public Profile get(String id) {
        return view.profile(id).orElseThrow(() -> new UnknownProfileException(id));
    }

    public Profile update(String id, ProfileUpdate update) {
        Profile current = get(id);
        if (update == null) {
            throw Rejection.invalid("A JSON body is required");
        }
        if (update.digestHour() != null && (update.digestHour() < 0 || update.digestHour() > 23)) {
            throw Rejection.invalid("Field 'digestHour' must be between 0 and 23");
        }
        if (update.name() != null && update.name().length() > 200) {
            throw Rejection.invalid("Field 'name' must be at most 200 characters");
        }
        List<String> following = update.following() != null ? list("following", update.following())
                : current.following();
        for (String mentorId : following) {
            if (view.mentor(mentorId).isEmpty()) {
                throw Rejection.invalid("Field 'following': no mentor '" + mentorId + "'");
            }
        }
        Profile updated = new Profile(id, update.name() != null ? update.name() : current.name(),
                update.email() != null ? email(update.email()) : current.email(),
                update.timeZone() != null ? zone(update.timeZone()) : current.timeZone(),
                update.digestHour() != null ? update.digestHour() : current.digestHour(),
                update.interests() != null ? list("interests", update.interests()) : current.interests(), following);
        writer.write(Topics.PROFILES, id, updated);
        return updated;
    }

    /**
     * Adds mentors to the reader's following (already followed ones are kept once). They are given as written, not
     * looked up: a mentor added a moment ago may not be in the read model yet.
     */
    public Profile follow(String id, List<Mentor> mentors) {
        Profile current = get(id);
        List<String> following = new java.util.ArrayList<>(current.following());
        mentors.stream().map(Mentor::id).filter(m -> !following.contains(m)).forEach(following::add);
        return write(current, following);
    }

    public Profile unfollow(String id, String mentorId) {
        Profile current = get(id);
        return write(current, current.following().stream().filter(m -> !m.equals(mentorId)).toList());
    }

    private Profile write(Profile current, List<String> following) {
        Profile updated = new Profile(current.id(), current.name(), current.email(), current.timeZone(),
                current.digestHour(), current.interests(), following);
        writer.write(Topics.PROFILES, current.id(), updated);
        return updated;
    }

    /** A single RFC 822 address (what SMTP will accept), or null for "" (the reader wants no email). */
    private static String email(String email) {
        if (email.isBlank()) {
            return null;
        }
        try {
            jakarta.mail.internet.InternetAddress address = new jakarta.mail.internet.InternetAddress(email.strip(), true);
            address.validate();
            return address.getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            throw Rejection.invalid("Field 'email' must be one email address such as ada@example.org, or \"\" for none");
        }
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw Rejection.invalid("Field 'timeZone' must be an IANA time zone such as Europe/Paris, not '"
                    + (zone.length() > 60 ? zone.substring(0, 60) + "..." : zone) + "'");
        }
    }

    private static List<String> list(String field, List<String> values) {
        if (values.size() > MAX_ITEMS || values.stream().anyMatch(v -> v == null || v.isBlank() || v.length() > 64)) {
            throw Rejection.invalid("Field '" + field + "' must hold at most " + MAX_ITEMS
                    + " non-blank values of at most 64 characters");
        }
        return values.stream().map(String::strip).distinct().toList();
    }
}
