package org.alliance.web.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.web.progress.Transcripts.Transcript;

/** A transcript as a tagged PDF: who and when, then each course with its activities, mastery and practice. */
public final class TranscriptPdf {

    /** The UI's translations (a view passes its getTranslation). */
    @FunctionalInterface
    public interface Labels {
        String get(String key, Object... args);
    }

    private TranscriptPdf() {}

    public static byte[] render(Transcript t, Labels labels, Locale locale) {
        String title = labels.get("transcript.pdf.title", t.name());
        try (var pdf = new TaggedPdf(title, locale.toLanguageTag())) {
            pdf.heading(1, title);
            pdf.paragraph(labels.get("transcript.pdf.student", t.name(), t.username()));
            pdf.paragraph(labels.get("transcript.pdf.issued", t.issued().toString()));
            if (t.courses().isEmpty()) {
                pdf.paragraph(labels.get("progress.none"));
            }
            for (var course : t.courses()) {
                var s = course.standing();
                pdf.heading(2, s.title());
                pdf.paragraph(labels.get("progress.lessons", s.lessonsRead(), s.lessons()));
                pdf.paragraph(labels.get("progress.activities", s.activitiesDone(), s.activities()));
                pdf.paragraph(
                        s.grade().gradeSoFar().isPresent()
                                ? labels.get(
                                        "progress.grade",
                                        Math.round(s.grade().gradeSoFar().getAsDouble() * 100),
                                        Math.round(s.passMark() * 100))
                                : labels.get("progress.grade.none"));
                if (s.grade().passed()) {
                    pdf.paragraph(labels.get("progress.passed"));
                }
                List<List<String>> rows = new ArrayList<>();
                for (var a : course.activities()) {
                    rows.add(List.of(
                            a.title(),
                            labels.get("transcript.pdf.kind." + a.kind().name()),
                            labels.get(status(a.status())),
                            a.status().grade().isPresent()
                                    ? labels.get(
                                            "transcript.pdf.percent",
                                            Math.round(a.status().grade().getAsDouble() * 100))
                                    : ""));
                }
                pdf.table(
                        List.of(
                                labels.get("transcript.pdf.activity"),
                                labels.get("transcript.pdf.kind"),
                                labels.get("transcript.pdf.status"),
                                labels.get("transcript.pdf.score")),
                        rows,
                        new float[] {0.5f, 0.14f, 0.22f, 0.14f});
            }
            pdf.heading(2, labels.get("progress.mastery"));
            if (t.mastery().isEmpty()) {
                pdf.paragraph(labels.get("progress.mastery.none"));
            } else {
                pdf.table(
                        List.of(
                                labels.get("transcript.pdf.concept"),
                                labels.get("transcript.pdf.mastery"),
                                labels.get("transcript.pdf.items")),
                        t.mastery().stream()
                                .map(m -> List.of(
                                        m.term(),
                                        labels.get("transcript.pdf.percent", Math.round(m.level() * 100)),
                                        String.valueOf(m.items())))
                                .toList(),
                        new float[] {0.6f, 0.2f, 0.2f});
            }
            pdf.heading(2, labels.get("practice.title"));
            pdf.paragraph(labels.get("practice.minutes", t.practiceMinutes(), t.statementsPractised()));
            return pdf.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String status(ActivityStatus status) {
        return "transcript.pdf.status."
                + switch (status) {
                    case ActivityStatus.NotDone n -> "not-done";
                    case ActivityStatus.InProgress i -> "in-progress";
                    case ActivityStatus.Done d -> "done";
                    case ActivityStatus.AwaitingGrade a -> "awaiting-grade";
                    case ActivityStatus.Graded g -> "graded";
                    case ActivityStatus.Excused e -> "excused";
                };
    }
}
