package org.alliance.web.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alliance.core.format.CourseReader;
import org.alliance.core.format.ReadResult;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of courses, edited as the same files content/ holds. A draft of a published course starts from its
 * latest version; a new course starts from a template. Every read goes through the one course reader, so
 * the editor shows exactly the problems the content build and an import would.
 */
@Service
public class Drafts {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern PATH =
            Pattern.compile("(course|glossary|references)\\.yaml|lessons/[a-z0-9][a-z0-9-]*\\.md"
                    + "|(quizzes|vignettes|reflections|drills)/[a-z0-9][a-z0-9-]*\\.yaml");
    private final DraftStore store;
    private final CourseStaff staff;
    private final CoursePortability publishing;
    private final Clock clock;
    private final CurrentUser currentUser;

    Drafts(DraftStore store, CourseStaff staff, CoursePortability publishing, Clock clock, CurrentUser currentUser) {
        this.store = store;
        this.staff = staff;
        this.publishing = publishing;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The draft of a course the user teaches (created from its latest version if there is none yet). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public Optional<Map<String, String>> open(String courseId) {
        if (store.owner(courseId).isPresent()) {
            return mayEdit(courseId) ? Optional.of(store.files(courseId)) : Optional.empty();
        }
        return staff.publishedFiles(courseId).map(published -> {
            store.create(courseId, currentUser.require(), published.files(), clock.instant(), published.versionId());
            return store.files(courseId);
        });
    }

    /** A course's open draft as its teachers see it from elsewhere (the versions page, before a rollback). */
    public record OpenDraft(String author, Instant updatedAt, OptionalLong baseVersion) {}

    /** The open draft of a course the signed-in user teaches, if there is one (a course has at most one). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<OpenDraft> openDraft(String courseId) {
        if (!staff.canTeach(courseId)) {
            return Optional.empty();
        }
        return store.draft(courseId)
                .map(d -> new OpenDraft(
                        d.owner(),
                        d.updatedAt(),
                        d.baseVersionId() == null ? OptionalLong.empty() : OptionalLong.of(d.baseVersionId())));
    }

    /**
     * What publishing the draft would undo, when the course has a newer version than the one the draft began
     * from and that newer version changed something the draft does not already hold; empty otherwise.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<Drift> drift(String courseId) {
        requireEditor(courseId);
        var base = store.draft(courseId).map(DraftStore.Row::baseVersionId);
        var current = staff.publishedFiles(courseId);
        if (base.isEmpty() || current.isEmpty() || base.get() == current.get().versionId()) {
            return Optional.empty();
        }
        var baseFiles = staff.versionFiles(courseId, base.get()).orElse(Map.of());
        var numbers = staff.versions(courseId).stream()
                .collect(Collectors.toMap(CourseStaff.Version::id, CourseStaff.Version::number));
        long currentId = current.get().versionId();
        var drift = Drift.of(
                base.get(),
                currentId,
                numbers.getOrDefault(base.get(), 0),
                numbers.getOrDefault(currentId, 0),
                baseFiles,
                current.get().files(),
                store.files(courseId));
        return drift.undone().isEmpty() ? Optional.empty() : Optional.of(drift);
    }

    /** A new course's draft, from the template; its id must be free. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void create(String courseId, String title) {
        if (!ID.matcher(courseId).matches()) {
            throw new CatalogException("editor.invalid-id");
        }
        if (staff.courseExists(courseId) || store.owner(courseId).isPresent()) {
            throw new CatalogException("editor.id-taken");
        }
        store.create(
                courseId,
                currentUser.require(),
                DraftTemplate.files(courseId, title.isBlank() ? courseId : title.strip()),
                clock.instant(),
                null);
    }

    /** Saves one file as typed; errors are allowed in a draft. Only course paths of the format are accepted. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void save(String courseId, String path, String content) {
        requireEditor(courseId);
        if (!PATH.matcher(path).matches()) {
            throw new CatalogException("editor.invalid-path");
        }
        store.put(courseId, path, content);
        store.touch(courseId, clock.instant());
    }

    /** Adds a file of a kind from its template; returns its path. The id must be free within the draft. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public String addFile(String courseId, FileTemplates.Kind kind, String id) {
        requireEditor(courseId);
        if (!ID.matcher(id).matches()) {
            throw new CatalogException("editor.invalid-id");
        }
        String path = kind.path(id);
        if (store.files(courseId).containsKey(path)) {
            throw new CatalogException("editor.id-taken");
        }
        store.put(courseId, path, FileTemplates.of(kind, id));
        store.touch(courseId, clock.instant());
        return path;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void remove(String courseId, String path) {
        requireEditor(courseId);
        store.remove(courseId, path);
    }

    /** Reads the draft with the one reader: the course (when it has no error) and every problem. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public ReadResult check(String courseId) {
        requireEditor(courseId);
        return CourseReader.fromFiles(store.files(courseId));
    }

    /**
     * Publishes the draft as a new version when it has no error; the draft is then closed. Refused when
     * publishing would undo a version published since the draft began ({@link #drift}): the author must see
     * what it would undo and confirm with {@link #publishOver}.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public ImportResult publish(String courseId) {
        requireEditor(courseId);
        if (drift(courseId).isPresent()) {
            return new ImportResult.Refused("editor.draft-behind", courseId);
        }
        return publishDraft(courseId);
    }

    /**
     * Publishes the draft over the course's latest version although it would undo changes made since the draft
     * began, once the author has seen them: only while {@code currentVersion} is still the latest, so a version
     * published in the meantime is never undone unseen.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public ImportResult publishOver(String courseId, long currentVersion) {
        requireEditor(courseId);
        var drift = drift(courseId);
        if (drift.isPresent() && drift.get().currentVersion() != currentVersion) {
            return new ImportResult.Refused("editor.draft-behind", courseId);
        }
        return publishDraft(courseId);
    }

    private ImportResult publishDraft(String courseId) {
        var result = publishing.importZip(zip(courseId, store.files(courseId)));
        if (result instanceof ImportResult.Published) {
            store.delete(courseId);
        }
        return result;
    }

    /** Course ids of the drafts the signed-in user started. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<String> myDrafts() {
        return store.startedBy(currentUser.require());
    }

    /** Publishing goes through import, so a draft and an uploaded zip are checked and stored the same way. */
    private static byte[] zip(String folder, Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private void requireEditor(String courseId) {
        if (!mayEdit(courseId)) {
            throw new CatalogException("catalog.not-found");
        }
    }

    /** The draft's creator, or anyone who teaches the published course. */
    private boolean mayEdit(String courseId) {
        var owner = store.owner(courseId);
        return owner.isPresent()
                && (owner.get().equals(currentUser.require())
                        || staff.courseExists(courseId) && staff.canTeach(courseId));
    }
}
