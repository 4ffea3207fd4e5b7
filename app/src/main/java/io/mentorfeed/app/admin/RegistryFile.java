package io.mentorfeed.app.admin;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The registry as a file, in mentorfeed.yml's shape: a {@code mentors:} and a {@code profiles:} list. Sorted by id,
 * so the same registry always exports to the same bytes.
 */
public record RegistryFile(List<Mentor> mentors, List<Profile> profiles) {
    public RegistryFile {
        mentors = mentors == null ? List.of() : mentors.stream()
                .map(m -> Objects.requireNonNull(m, "an entry of mentors is empty"))
                .sorted(Comparator.comparing(Mentor::id)).toList();
        profiles = profiles == null ? List.of() : profiles.stream()
                .map(p -> Objects.requireNonNull(p, "an entry of profiles is empty"))
                .sorted(Comparator.comparing(Profile::id)).toList();
    }

    /**
     * Checks what the records cannot check alone: ids are unique, and every mentor a profile follows is in this
     * file or already registered.
     */
    public void validate(Set<String> registeredMentors) {
        requireUnique("mentors", mentors.stream().map(Mentor::id).toList());
        requireUnique("profiles", profiles.stream().map(Profile::id).toList());
        Set<String> known = new HashSet<>(registeredMentors);
        mentors.forEach(m -> known.add(m.id()));
        for (Profile profile : profiles) {
            for (String followed : profile.following()) {
                if (!known.contains(followed)) {
                    throw new IllegalArgumentException("profiles: '" + profile.id() + "' follows '" + followed
                            + "', which is neither in the file's mentors nor registered");
                }
            }
        }
    }

    private static void requireUnique(String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + ": id '" + id + "' appears twice");
            }
        }
    }
}
