package org.alliance.web.interop;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.alliance.core.interop.GiftWriter;
import org.alliance.core.interop.MoodleXmlWriter;
import org.alliance.core.interop.QuestionBank;
import org.alliance.core.interop.QuestionMapper;
import org.alliance.core.interop.Skipped;
import org.alliance.web.catalog.CourseStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A taught course's quiz items, best-response and free-text vignettes as a file an LMS imports into its question
 * bank: Moodle XML or GIFT. Only for whoever teaches the course (CourseStaff.taught asks who is signed in); to
 * anyone else the course reads as not found. What a format cannot hold comes back with the file, listed.
 */
@Service
public class QuestionExports {

    private final CourseStaff staff;

    QuestionExports(CourseStaff staff) {
        this.staff = staff;
    }

    /** The file, and what it left out or changed (item id and why). */
    public record QuestionFile(String fileName, String contentType, byte[] bytes, List<Skipped> skipped) {
        public QuestionFile {
            skipped = List.copyOf(skipped);
        }
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<QuestionFile> moodleXml(String courseId) {
        return bank(courseId)
                .map(bank -> new QuestionFile(
                        courseId + "-moodle.xml",
                        "application/xml",
                        MoodleXmlWriter.write(bank).getBytes(StandardCharsets.UTF_8),
                        bank.skipped()));
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<QuestionFile> gift(String courseId) {
        return bank(courseId).map(bank -> {
            GiftWriter.Gift gift = GiftWriter.write(bank);
            return new QuestionFile(
                    courseId + ".gift.txt",
                    "text/plain;charset=UTF-8",
                    gift.text().getBytes(StandardCharsets.UTF_8),
                    gift.skipped());
        });
    }

    private Optional<QuestionBank> bank(String courseId) {
        return staff.taught(courseId).map(p -> QuestionMapper.course(p.course()));
    }
}
