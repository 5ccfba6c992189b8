package org.alliance.web.catalog;

import java.util.List;
import org.alliance.core.validation.Problem;

/** What importing (or copying) a course gave: a published version, the problems that stopped it, or a refusal. */
public sealed interface ImportResult {

    /** What publishing did to the course. */
    enum Outcome {
        NEW_COURSE,
        NEW_VERSION,
        UNCHANGED
    }

    /**
     * Stored: a new course, a new version, or nothing new when the content equals the latest version.
     * {@code versionNumber} counts the course's versions from 1, for people; {@code versionId} is the key.
     */
    record Published(
            String courseId,
            String title,
            long versionId,
            int versionNumber,
            String contentHash,
            Outcome outcome,
            List<Problem> warnings)
            implements ImportResult {
        public Published {
            warnings = List.copyOf(warnings);
        }
    }

    /** The files have errors (warnings may come with them); nothing was stored. */
    record Invalid(List<Problem> problems) implements ImportResult {
        public Invalid {
            problems = List.copyOf(problems);
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    /** Valid files, but the user may not publish them here; the key says why. Nothing was stored. */
    record Refused(String messageKey, String courseId) implements ImportResult {}
}
