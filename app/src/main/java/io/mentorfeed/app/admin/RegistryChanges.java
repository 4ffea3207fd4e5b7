package io.mentorfeed.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** How a file's records compare with the registered ones: new, changed, or the same (not written again). */
record RegistryChanges<V>(String kind, List<V> added, List<V> changed, int unchanged, Function<V, String> id) {
    static <V> RegistryChanges<V> of(String kind, List<V> wanted, Map<String, V> registered, Function<V, String> id) {
        List<V> added = new ArrayList<>();
        List<V> changed = new ArrayList<>();
        int unchanged = 0;
        for (V value : wanted) {
            V current = registered.get(id.apply(value));
            if (current == null) {
                added.add(value);
            } else if (!current.equals(value)) {
                changed.add(value);
            } else {
                unchanged++;
            }
        }
        return new RegistryChanges<>(kind, List.copyOf(added), List.copyOf(changed), unchanged, id);
    }

    List<V> toWrite() {
        List<V> all = new ArrayList<>(added);
        all.addAll(changed);
        return all;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(kind + "s: " + added.size() + " new, " + changed.size() + " changed, " + unchanged + " unchanged");
        added.forEach(v -> lines.add("  new " + kind + " " + id.apply(v)));
        changed.forEach(v -> lines.add("  changed " + kind + " " + id.apply(v)));
        return lines;
    }
}
