package org.alliance.web.events;

import java.time.Instant;

/** The student marked a lesson done (not again while it stays done). */
public record LessonCompleted(String username, String courseId, String lessonId, String lessonTitle, Instant at) {}
