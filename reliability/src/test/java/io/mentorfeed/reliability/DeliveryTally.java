package io.mentorfeed.reliability;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Expected keys against the keys of the records read, the way Kafka's EOS system test checks ALL-RECORDS-DELIVERED:
 * {@code lost} is an expected key with no committed record, {@code doubled} an expected key with more than one,
 * {@code unexpected} a key nobody published. The suite's feeds give the processor no reason to emit a key twice
 * (no edits, no re-decision), so a second committed record under a key is a double, whatever it holds.
 */
record DeliveryTally(int expected, int delivered, int lost, int doubled, int unexpected) {

    static DeliveryTally of(Set<String> expectedKeys, Collection<String> recordKeys) {
        Map<String, Integer> copies = new HashMap<>();
        recordKeys.forEach(key -> copies.merge(key, 1, Integer::sum));
        int lost = 0;
        int doubled = 0;
        for (String key : expectedKeys) {
            int n = copies.getOrDefault(key, 0);
            lost += n == 0 ? 1 : 0;
            doubled += n > 1 ? 1 : 0;
        }
        int unexpected = (int) copies.keySet().stream().filter(key -> !expectedKeys.contains(key)).count();
        return new DeliveryTally(expectedKeys.size(), recordKeys.size(), lost, doubled, unexpected);
    }

    boolean exact() {
        return lost == 0 && doubled == 0 && unexpected == 0;
    }
}
