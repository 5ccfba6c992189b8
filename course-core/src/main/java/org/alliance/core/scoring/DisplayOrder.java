package org.alliance.core.scoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which an attempt shows options, matches and steps: a Fisher–Yates shuffle seeded
 * from the attempt's seed and the item id (and a purpose, so the prompts and answers of one matching
 * item are shuffled independently). The same attempt always sees the same order; another attempt
 * sees another. Responses name ids, so the order never changes a score.
 */
public final class DisplayOrder {

    private DisplayOrder() {}

    public static <T> List<T> shuffle(List<T> values, long attemptSeed, String itemId) {
        return shuffle(values, attemptSeed, itemId, "");
    }

    public static <T> List<T> shuffle(List<T> values, long attemptSeed, String itemId, String purpose) {
        var shuffled = new ArrayList<>(values);
        var random = new SplittableRandom(seed(attemptSeed, itemId + "\u0000" + purpose));
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return List.copyOf(shuffled);
    }

    /**
     * For an ordering item the authored order is the key, so a shuffle that happens to return it
     * is rotated by one place: the student never starts from the answer.
     */
    public static <T> List<T> shuffleAwayFromKey(List<T> key, long attemptSeed, String itemId) {
        var shuffled = shuffle(key, attemptSeed, itemId, "order");
        if (key.size() < 2 || !shuffled.equals(key)) {
            return shuffled;
        }
        var rotated = new ArrayList<>(shuffled.subList(1, shuffled.size()));
        rotated.add(shuffled.getFirst());
        return List.copyOf(rotated);
    }

    /** FNV-1a over the UTF-8 bytes, mixed with the attempt seed: stable across JVMs and versions. */
    static long seed(long attemptSeed, String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash ^ (attemptSeed * 0x9E3779B97F4A7C15L);
    }
}
