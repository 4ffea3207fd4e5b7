package io.mentorfeed.api.profiles;

import java.util.List;

/**
 * The body of PATCH profiles/{id}: the fields to change; absent (null) fields keep their value.
 *
 * @param email the address of the daily digest email; "" removes it (no more emails)
 */
public record ProfileUpdate(String name, List<String> interests, String timeZone, Integer digestHour,
                            List<String> following, String email) {

    public ProfileUpdate(String name, List<String> interests, String timeZone, Integer digestHour,
                         List<String> following) {
        this(name, interests, timeZone, digestHour, following, null);
    }
}
