package io.mentorfeed.api.profiles;

import java.util.List;

/** The body of PATCH profiles/{id}: the fields to change; absent (null) fields keep their value. */
public record ProfileUpdate(String name, List<String> interests, String timeZone, Integer digestHour,
                            List<String> following) {
}
