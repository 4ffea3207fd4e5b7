package io.mentorfeed.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A reader: whom they follow, what interests them, and when their digest is due.
 * Keyed by {@code id} on {@code mentorfeed.profiles}.
 */
public record Profile(String id, String name, String email, ZoneId timeZone, int digestHour, List<String> interests,
                      List<String> following) {
    public Profile {
        Ids.requireValid("profile id", id);
        name = name == null || name.isBlank() ? id : name.strip();
        timeZone = Objects.requireNonNullElse(timeZone, ZoneId.of("UTC"));
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("digestHour " + digestHour + " must be between 0 and 23");
        }
        interests = interests == null ? List.of() : List.copyOf(interests);
        following = following == null ? List.of() : List.copyOf(following);
    }

    public boolean follows(String mentorId) {
        return following.contains(mentorId);
    }
}
