package org.alliance.web.grading.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** How grading pages write times and scores, so every page writes them alike. */
final class Texts {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Texts() {}

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    static String percent(double score) {
        return Math.round(score * 100) + " %";
    }

    static String rating(double rating) {
        return rating == Math.rint(rating)
                ? Long.toString(Math.round(rating))
                : String.format(Locale.ROOT, "%.1f", rating);
    }

    static String figure(OptionalDouble value, String none) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : none;
    }
}
