package org.alliance.web.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alliance.core.format.CourseReader;
import org.alliance.core.format.CourseWriter;
import org.alliance.core.format.ReadResult;
import org.alliance.core.model.Course;
import org.alliance.web.catalog.ImportResult.Outcome;
import org.alliance.web.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses in and out as files: export a taught course as a zip in the content format, import such a zip
 * (all or nothing), and copy a bundled course into a course of one's own. Every way in goes through the one
 * course reader, and a course someone does not teach reads to them as not found.
 */
@Service
public class CoursePortability {
    /** The content format's id rule (see docs/content-format.md). */
    static final Pattern COURSE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final Logger log = LoggerFactory.getLogger(CoursePortability.class);
    /** A fixed entry time, so that exporting the same course twice gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final CourseStore store;
    private final CourseVersions versions;
    private final CourseStaff staff;
    private final CurrentUser currentUser;

    CoursePortability(CourseStore store, CourseVersions versions, CourseStaff staff, CurrentUser currentUser) {
        this.store = store;
        this.versions = versions;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** A zip named after the course, holding one folder named by the course id. */
    public record CourseArchive(String courseId, String fileName, byte[] bytes) {}

    /** A course the signed-in instructor may copy, with a free id to suggest for the copy. */
    public record CopySource(String courseId, String title, String suggestedId) {}

    /**
     * Reads a zip and, only when it has no error, publishes it in one transaction: as a new course owned by
     * the importer, or as a new version of a course they teach. A course id that exists and that the
     * importer does not teach is refused, never overwritten.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public ImportResult importZip(byte[] zip) {
        return publish(CourseReader.fromZip(new ByteArrayInputStream(zip)));
    }

    /** The latest version of a taught course as a zip, in exactly the layout of {@code content/courses/}. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<CourseArchive> export(String courseId) {
        return staff.taught(courseId)
                .map(p -> new CourseArchive(p.id(), p.id() + ".zip", zip(p.id(), CourseWriter.write(p.course()))));
    }

    /** A course the signed-in user may copy: one they teach, or a bundled one (the library's). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<CopySource> copySource(String courseId) {
        if (!staff.canTeach(courseId) && !isBundled(courseId)) {
            return Optional.empty();
        }
        return versions.latest(courseId)
                .map(p -> new CopySource(p.id(), p.course().title(), suggestedId(p.id(), currentUser.require())));
    }

    /**
     * Copies a course into a new course owned by the signed-in user. The id lives inside course.yaml, so the
     * copy is made through the model (read, change the id, write, read again) and validates like any import.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public ImportResult copy(String courseId, String newId) {
        var source = copySource(courseId);
        if (source.isEmpty()) {
            return new ImportResult.Refused("catalog.not-found", courseId);
        }
        String id = newId.strip();
        if (!COURSE_ID.matcher(id).matches()) {
            return new ImportResult.Refused("portability.copy.invalid-id", id);
        }
        if (store.courseExists(id)) {
            return new ImportResult.Refused("portability.copy.id-taken", id);
        }
        Course original = versions.latest(courseId).orElseThrow().course();
        return publish(CourseReader.fromFiles(CourseWriter.write(withId(original, id))));
    }

    private ImportResult publish(ReadResult read) {
        if (read.course().isEmpty()) {
            return new ImportResult.Invalid(read.problems());
        }
        Course course = read.course().get();
        String hash = read.contentHash().orElseThrow();
        boolean exists = store.courseExists(course.id());
        if (exists && !staff.canTeach(course.id())) {
            return new ImportResult.Refused("portability.import.not-yours", course.id());
        }
        var latest = store.latestVersion(course.id());
        boolean unchanged = latest.isPresent() && latest.get().contentHash().equals(hash);
        if (!unchanged && exists && store.hasVersionWithHash(course.id(), hash)) {
            // A version is stored once per content (a unique key); going back means changing something.
            return new ImportResult.Refused("portability.import.earlier-version", course.id());
        }
        // What is stored is the canonical form, not the archive's bytes: the reader chose the course root
        // and decoded the files, and the canonical files read back to the same hash, so a later export gives
        // back exactly what was published.
        Map<String, String> files = CourseWriter.write(course);
        if (!CourseReader.fromFiles(files).contentHash().equals(Optional.of(hash))) {
            log.error("Canonical files of {} do not read back to hash {}", course.id(), hash);
            return new ImportResult.Refused("portability.import.unreadable", course.id());
        }
        PublishedCourse published = versions.publish(files, course, hash, currentUser.require());
        Outcome outcome = !exists ? Outcome.NEW_COURSE : unchanged ? Outcome.UNCHANGED : Outcome.NEW_VERSION;
        return new ImportResult.Published(
                published.id(),
                course.title(),
                published.versionId(),
                published.versionNumber(),
                published.contentHash(),
                outcome,
                read.warnings());
    }

    private boolean isBundled(String courseId) {
        return store.owner(courseId)
                .filter(BundledCourses.LIBRARY_ACCOUNT::equals)
                .isPresent();
    }

    /** {@code <course id>-<username>}, shortened to the id limit; usernames may hold '.' and '_', ids not. */
    static String suggestedId(String courseId, String username) {
        String suffix = "-" + username.replaceAll("[^a-z0-9-]", "-");
        String base = courseId.length() + suffix.length() > 64 ? courseId.substring(0, 64 - suffix.length()) : courseId;
        return base + suffix;
    }

    static byte[] zip(String folder, Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                var entry = new ZipEntry(folder + "/" + file.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static Course withId(Course c, String id) {
        return new Course(
                id,
                c.title(),
                c.summary(),
                c.audience(),
                c.language(),
                c.authors(),
                c.licence(),
                c.contentNotes(),
                c.frontMatter(),
                c.support(),
                c.lessons(),
                c.rubric(),
                c.grading(),
                c.concepts(),
                c.references(),
                c.audit());
    }
}
