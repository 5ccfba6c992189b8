package org.alliance.web.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the catalogue shows of a course, for the student looking at it. */
public record CourseCard(
        String id,
        String title,
        String summary,
        String audience,
        int lessons,
        int minutes,
        EnrolmentMode mode,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        boolean open,
        boolean enrolled) {}
