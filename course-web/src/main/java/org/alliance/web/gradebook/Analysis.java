package org.alliance.web.gradebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.alliance.core.audit.Audit;
import org.alliance.core.audit.Finding;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Item;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.Vignette;
import org.alliance.core.model.VignetteKind;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.attempt.QuizAttemptResult;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Misstep;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.core.statistics.ChoiceCounts;
import org.alliance.core.statistics.DistractorCounts;
import org.alliance.core.statistics.ItemAnalysis;
import org.alliance.core.statistics.ItemFlag;
import org.alliance.core.statistics.PathStep;
import org.alliance.core.statistics.ResponseMatrix;
import org.alliance.web.assessment.QuizResults;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.vignette.VignetteResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Item and vignette analysis of a course for its teachers, over each student's latest submitted attempt per
 * quiz (latest finished per vignette): one attempt per student, so a student who retries often does not
 * weigh more. Statistics, thresholds and the minimum sample for flags are course-core's.
 */
@Service
public class Analysis {
    private static final Logger log = LoggerFactory.getLogger(Analysis.class);
    private final CourseStaff staff;
    private final QuizResults quizzes;
    private final VignetteResults vignettes;
    private final AnalysisCache cache = new AnalysisCache(32);
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private volatile Duration backgroundAfter;

    Analysis(
            CourseStaff staff,
            QuizResults quizzes,
            VignetteResults vignettes,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${alliance.analysis.background-after:300ms}") Duration backgroundAfter) {
        this.staff = staff;
        this.quizzes = quizzes;
        this.vignettes = vignettes;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.backgroundAfter = backgroundAfter;
    }

    /**
     * When the report was computed, and whether newer submissions are being added to it meanwhile (the page then
     * says so, as Moodle's quiz statistics say when they were calculated).
     */
    public record Freshness(Instant computedAt, boolean updating) {}

    /** A label (option or choice text) and how many students picked it. */
    public record Count(String text, int count) {}

    /** What the assessment audit says about an item, quiz or vignette: beside the measured statistics. */
    public record AuditNote(String code, String message, Optional<String> acceptedWhy) {}

    public record ItemReport(
            String itemId,
            String stem,
            int responses,
            OptionalDouble facility,
            OptionalDouble discrimination,
            List<Count> distractors,
            Set<ItemFlag> flags,
            List<AuditNote> audit) {}

    public record QuizReport(
            String quizId,
            String title,
            int responses,
            OptionalDouble alpha,
            List<ItemReport> items,
            List<AuditNote> audit) {}

    /** One node of a branching vignette: every choice with its count, and the missteps most taken first. */
    public record NodeReport(String nodeId, String client, List<Count> choices, List<Count> missteps) {}

    /** A best-response or rate-options option: picks, or rating → how many gave it. */
    public record OptionReport(String text, int count, Map<Integer, Integer> ratings) {}

    public record VignetteReport(
            String vignetteId,
            String title,
            VignetteKind kind,
            int responses,
            List<OptionReport> options,
            List<NodeReport> nodes,
            List<AuditNote> audit) {}

    public record Report(List<QuizReport> quizzes, List<VignetteReport> vignettes, Freshness freshness) {

        Report updating() {
            return new Report(quizzes, vignettes, new Freshness(freshness.computedAt(), true));
        }
    }

    /**
     * The course's analysis. Computed again when a submission or a new version has changed what it counts; but
     * where computing it took longer than {@code alliance.analysis.background-after} (a large cohort: seconds at
     * 10,000 students), the last report is served at once, marked as updating, while one background run per
     * course computes the new one (issue 15). A new version is always computed before it is shown.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Report of(String courseId) {
        var published = staff.taught(courseId).orElseThrow(() -> new GradebookException("gradebook.not-found"));
        var key = key(courseId, published.versionId());
        var cached = cache.latest(courseId);
        if (cached.isPresent() && cached.get().key().equals(key)) {
            return cached.get().report();
        }
        if (cached.isPresent()
                && cached.get().key().versionId() == key.versionId()
                && cached.get().took().compareTo(backgroundAfter) >= 0) {
            refreshInBackground(courseId);
            return cached.get().report().updating();
        }
        return computeAndKeep(courseId, published.course(), key);
    }

    /** For tests: how long a computation may take before the next one runs in the background. */
    Duration backgroundAfter(Duration threshold) {
        Duration before = backgroundAfter;
        backgroundAfter = threshold;
        return before;
    }

    /** Read before the attempts, so a report is never filed under a state older than what it counted. */
    private AnalysisCache.Key key(String courseId, long versionId) {
        return new AnalysisCache.Key(
                versionId,
                quizzes.submittedStamp(courseId).orElse(""),
                vignettes.finishedStamp(courseId).orElse(""));
    }

    private Report computeAndKeep(String courseId, Course course, AnalysisCache.Key key) {
        long start = System.nanoTime();
        var report = compute(courseId, course);
        cache.put(courseId, key, report, Duration.ofNanos(System.nanoTime() - start));
        return report;
    }

    /** As the instructor who asked: the services below check who asks on the background thread too. */
    private void refreshInBackground(String courseId) {
        if (!cache.startRefresh(courseId)) {
            return;
        }
        Runnable refresh = new DelegatingSecurityContextRunnable(() -> {
            try {
                readOnly.executeWithoutResult(status -> staff.taught(courseId)
                        .ifPresent(published ->
                                computeAndKeep(courseId, published.course(), key(courseId, published.versionId()))));
            } catch (RuntimeException e) {
                log.warn("Refreshing the item analysis of {} failed; the next visit tries again", courseId, e);
            } finally {
                cache.finishRefresh(courseId);
            }
        });
        Thread.ofVirtual().name("analysis-" + courseId).start(refresh);
    }

    private Report compute(String courseId, Course course) {
        var findings = Audit.of(course);
        var quizReports = course.quizzes().stream()
                .map(q -> quiz(courseId, course, q, findings))
                .toList();
        var vignetteReports = course.vignettes().stream()
                .filter(v -> v.vignetteKind() != VignetteKind.FREE_TEXT)
                .map(v -> vignette(courseId, course, v, findings))
                .toList();
        return new Report(quizReports, vignetteReports, new Freshness(clock.instant(), false));
    }

    /**
     * The audit's findings at {@code path} or inside it; with {@code except}, not those inside it (a quiz's
     * own findings, apart from its items').
     */
    private static List<AuditNote> notes(List<Finding> findings, String path, Optional<String> except) {
        return findings.stream()
                .filter(f -> within(path, f.path())
                        && except.filter(e -> within(e, f.path())).isEmpty())
                .map(f -> new AuditNote(f.code().key(), f.code().message(f.params()), f.acceptedWhy()))
                .toList();
    }

    private static boolean within(String outer, String path) {
        return path.equals(outer)
                || path.startsWith(outer) && (path.charAt(outer.length()) == '.' || path.charAt(outer.length()) == '[');
    }

    private QuizReport quiz(String courseId, Course course, Quiz quiz, List<Finding> findings) {
        var submitted = quizzes.latestSubmitted(courseId, quiz.id());
        List<String> itemIds = quiz.items().stream().map(Item::id).toList();
        var rows = new ArrayList<Map<String, Double>>();
        Map<Long, Quiz> pinned = new HashMap<>();
        for (var attempt : submitted) {
            // Scored as the version the attempt was taken on; items since removed drop out of the matrix.
            Quiz taken = pinned.computeIfAbsent(
                    attempt.versionId(),
                    id -> staff.taughtVersion(courseId, id)
                            .flatMap(p -> p.course().activity(quiz.id()))
                            .filter(Quiz.class::isInstance)
                            .map(Quiz.class::cast)
                            .orElse(quiz));
            var result = QuizAttemptResult.of(
                    taken, attempt.answers(), course.rubric().scale());
            Map<String, Double> row = new LinkedHashMap<>();
            for (int i = 0; i < taken.items().size(); i++) {
                row.put(taken.items().get(i).id(), result.items().get(i).score());
            }
            rows.add(row);
        }
        var statistics = ItemAnalysis.of(ResponseMatrix.of(itemIds, rows));
        var items = new ArrayList<ItemReport>();
        for (int i = 0; i < itemIds.size(); i++) {
            Item item = quiz.items().get(i);
            var stats = statistics.items().get(i);
            List<Response> last = submitted.stream()
                    .map(a -> a.answers().getOrDefault(item.id(), List.of()))
                    .map(list -> list.isEmpty() ? (Response) new Response.Unanswered() : list.getLast())
                    .toList();
            var counts = new ArrayList<Count>();
            DistractorCounts.ofResponses(item, last).forEach((id, n) -> counts.add(new Count(optionText(item, id), n)));
            items.add(new ItemReport(
                    item.id(),
                    item.stem(),
                    stats.responses(),
                    stats.facility(),
                    stats.discrimination(),
                    counts,
                    stats.flags(),
                    notes(findings, "quizzes[" + quiz.id() + "].items[" + item.id() + "]", Optional.empty())));
        }
        return new QuizReport(
                quiz.id(),
                quiz.title(),
                statistics.responses(),
                statistics.alpha(),
                items,
                notes(findings, "quizzes[" + quiz.id() + "]", Optional.of("quizzes[" + quiz.id() + "].items")));
    }

    private VignetteReport vignette(String courseId, Course course, Vignette vignette, List<Finding> findings) {
        var answers = vignettes.latestAnswers(courseId, vignette.id());
        var options = new ArrayList<OptionReport>();
        var nodes = new ArrayList<NodeReport>();
        switch (vignette) {
            case BestResponseVignette v ->
                v.options()
                        .forEach(o -> options.add(new OptionReport(
                                o.text(),
                                (int) answers.stream()
                                        .filter(a -> o.id().equals(a.chosenOption()))
                                        .count(),
                                Map.of())));
            case RateOptionsVignette v ->
                v.options().forEach(o -> {
                    Map<Integer, Integer> ratings = new TreeMap<>();
                    answers.stream()
                            .map(a -> a.ratings().get(o.id()))
                            .filter(r -> r != null)
                            .forEach(r -> ratings.merge(r, 1, Integer::sum));
                    options.add(new OptionReport(
                            o.text(), ratings.values().stream().mapToInt(n -> n).sum(), ratings));
                });
            case BranchingVignette v ->
                nodes.addAll(branching(
                        course,
                        v,
                        answers.stream()
                                .map(VignetteResults.VignetteAnswer::steps)
                                .toList()));
            default -> {}
        }
        return new VignetteReport(
                vignette.id(),
                vignette.title(),
                vignette.vignetteKind(),
                answers.size(),
                options,
                nodes,
                notes(findings, "vignettes[" + vignette.id() + "]", Optional.empty()));
    }

    /** Choice counts per node in authored order; a misstep is one rated below the scale's midpoint on a dimension. */
    static List<NodeReport> branching(Course course, BranchingVignette v, List<List<String>> paths) {
        var scale = course.rubric().scale();
        var walked = new ArrayList<List<PathStep>>();
        for (var path : paths) {
            // A path that no longer replays (content changed since) cannot be placed on the graph.
            switch (BranchingPlayer.replay(v, path, scale)) {
                case Replay.Finished f ->
                    walked.add(f.trail().taken().stream()
                            .map(t -> new PathStep(t.nodeId(), t.choiceId()))
                            .toList());
                case Replay.Playing p ->
                    walked.add(p.trail().taken().stream()
                            .map(t -> new PathStep(t.nodeId(), t.choiceId()))
                            .toList());
                case Replay.Broken b -> {}
            }
        }
        var counts = ChoiceCounts.of(walked);
        var reports = new ArrayList<NodeReport>();
        for (var node : v.nodes()) {
            Map<String, Integer> taken = counts.getOrDefault(node.id(), Map.of());
            var choices = node.choices().stream()
                    .map(c -> new Count(c.text(), taken.getOrDefault(c.id(), 0)))
                    .toList();
            var missteps = node.choices().stream()
                    .filter(c -> Misstep.is(c, scale))
                    .filter(c -> taken.getOrDefault(c.id(), 0) > 0)
                    .map(c -> new Count(c.text(), taken.get(c.id())))
                    .sorted(Comparator.comparingInt(Count::count).reversed())
                    .toList();
            reports.add(new NodeReport(node.id(), node.client(), choices, missteps));
        }
        return reports;
    }

    private static String optionText(Item item, String optionId) {
        return switch (item) {
            case SingleChoice i ->
                i.options().stream()
                        .filter(o -> o.id().equals(optionId))
                        .map(CreditOption::text)
                        .findFirst()
                        .orElse(optionId);
            case MultipleResponse i ->
                i.options().stream()
                        .filter(o -> o.id().equals(optionId))
                        .map(ResponseOption::text)
                        .findFirst()
                        .orElse(optionId);
            case BestResponseItem i ->
                i.options().stream()
                        .filter(o -> o.id().equals(optionId))
                        .map(RatedOption::text)
                        .findFirst()
                        .orElse(optionId);
            default -> optionId;
        };
    }
}
