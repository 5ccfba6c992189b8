package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Cognitive;
import org.alliance.core.model.Course;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.Severity;

/**
 * The audit's figures for one course: counts per code, how often the key is the longest option, the
 * true/false balance, specific determiners in keys and wrong options, where keys sit as written, the
 * cognitive levels, free-text vignettes, each branching vignette's best clean and best misstep walk,
 * blind guessing per quiz, and every accepted warning with its reason.
 */
public record AuditSummary(
        String courseId,
        Map<String, Count> codes,
        List<Share> keyLongest,
        double keyLengthRatio,
        Share trueStatements,
        Share determinersInWrongOptions,
        Share determinersInKeys,
        Share determinersInFalseStatements,
        Share determinersInTrueStatements,
        Map<Integer, Integer> keyPositions,
        Map<String, Integer> cognitive,
        Share applying,
        int freeTextVignettes,
        List<Branching> branching,
        List<Guess> guessing,
        List<Accepted> accepted) {

    /** Findings of one code: open (errors or warnings) and accepted. */
    public record Count(Severity severity, int open, int accepted) {}

    /** {@code count} of {@code total}, under a name. */
    public record Share(String name, int count, int total) {
        public OptionalDouble fraction() {
            return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / total);
        }
    }

    /** A branching vignette's best clean and best misstep walk under the fair path score. */
    public record Branching(
            String vignetteId,
            OptionalDouble bestClean,
            List<String> bestCleanPath,
            OptionalDouble bestMisstep,
            List<String> bestMisstepPath,
            OptionalDouble bestCleanTotal,
            OptionalDouble bestMisstepTotal) {}

    /** Blind guessing on one quiz, under its behaviour. */
    public record Guess(String quizId, String behaviour, double expected, double guaranteed) {}

    /** An accepted warning: where, which, and the author's reason. */
    public record Accepted(String code, String path, String why) {}

    public AuditSummary {
        codes = Collections.unmodifiableMap(new TreeMap<>(codes));
        keyLongest = List.copyOf(keyLongest);
        keyPositions = Collections.unmodifiableMap(new TreeMap<>(keyPositions));
        cognitive = Collections.unmodifiableMap(new LinkedHashMap<>(cognitive));
        branching = List.copyOf(branching);
        guessing = List.copyOf(guessing);
        accepted = List.copyOf(accepted);
    }

    public static AuditSummary of(Course course) {
        return of(course, Audit.of(course));
    }

    /** The figures, with the findings already computed for the course. */
    public static AuditSummary of(Course course, List<Finding> findings) {
        Map<String, Count> codes = new TreeMap<>();
        List<Accepted> accepted = new ArrayList<>();
        for (Finding f : findings) {
            Count c = codes.getOrDefault(f.code().key(), new Count(f.code().severity(), 0, 0));
            boolean isAccepted = f.acceptedWhy().isPresent();
            codes.put(
                    f.code().key(),
                    new Count(c.severity(), c.open() + (isAccepted ? 0 : 1), c.accepted() + (isAccepted ? 1 : 0)));
            f.acceptedWhy().ifPresent(why -> accepted.add(new Accepted(f.code().key(), f.path(), why)));
        }
        List<OptionSet> sets = OptionSets.of(course);
        List<Share> keyLongest = new ArrayList<>();
        for (KeyShares.Group group : KeyShares.Group.values()) {
            List<OptionSet> own = group.of(sets);
            long strict = own.stream().filter(OptionSet::keyStrictlyLongest).count();
            long clearly = own.stream()
                    .filter(s -> s.keyStrictlyLongest() && LengthCue.ratio(s) >= LengthCue.RATIO)
                    .count();
            String name = group.name().toLowerCase(Locale.ROOT).replace('_', '-');
            keyLongest.add(new Share("strict." + name, (int) strict, own.size()));
            keyLongest.add(new Share("clearly." + name, (int) clearly, own.size()));
        }
        double ratio = sets.stream()
                .filter(OptionSet::comparable)
                .mapToDouble(LengthCue::meanRatio)
                .average()
                .orElse(0);
        List<TrueFalse> statements = course.quizzes().stream()
                .flatMap(q -> q.items().stream())
                .filter(TrueFalse.class::isInstance)
                .map(TrueFalse.class::cast)
                .toList();
        List<OptionSet> comparable = sets.stream().filter(OptionSet::comparable).toList();
        Share wrong = determiners(
                "wrong-options",
                comparable.stream()
                        .flatMap(s -> s.others().stream())
                        .map(OptionSet.Option::text)
                        .toList());
        Share keys = determiners(
                "keys",
                comparable.stream()
                        .flatMap(s -> s.keys().stream())
                        .map(OptionSet.Option::text)
                        .toList());
        Share falseOnes = determiners(
                "false-statements",
                statements.stream()
                        .filter(t -> !t.answer())
                        .map(TrueFalse::stem)
                        .toList());
        Share trueOnes = determiners(
                "true-statements",
                statements.stream()
                        .filter(TrueFalse::answer)
                        .map(TrueFalse::stem)
                        .toList());
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Cognitive c : Cognitive.values()) {
            levels.put(c.key(), 0);
        }
        levels.put("unmarked", 0);
        int applying = 0;
        int assessments = 0;
        for (var lesson : course.lessons()) {
            for (var a : CognitiveLevels.of(lesson)) {
                levels.merge(a.level().map(Cognitive::key).orElse("unmarked"), 1, Integer::sum);
                applying += a.applies() ? 1 : 0;
                assessments++;
            }
        }
        List<Branching> branching = new ArrayList<>();
        for (var v : course.vignettes()) {
            if (v instanceof BranchingVignette b) {
                BranchingChecks.fairness(b, course.rubric().scale())
                        .ifPresent(f -> branching.add(new Branching(
                                b.id(),
                                f.bestCleanScore(),
                                f.bestCleanPath(),
                                f.bestMisstepScore(),
                                f.bestMisstepPath(),
                                f.bestCleanTotal(),
                                f.bestMisstepTotal())));
            }
        }
        List<Guess> guessing = new ArrayList<>();
        for (Quiz quiz : course.quizzes()) {
            var odds = Guessing.of(quiz, course.rubric().scale());
            String behaviour = quiz.settings().behaviour().name().toLowerCase(Locale.ROOT);
            if (quiz.settings().behaviour() == Behaviour.INTERACTIVE) {
                behaviour += " " + quiz.settings().tries() + " tries, penalty "
                        + Findings.number(quiz.settings().penalty());
            }
            guessing.add(new Guess(quiz.id(), behaviour, odds.expected(), odds.guaranteed()));
        }
        int freeText = (int) course.vignettes().stream()
                .filter(FreeTextVignette.class::isInstance)
                .count();
        return new AuditSummary(
                course.id(),
                codes,
                keyLongest,
                ratio,
                new Share(
                        "true-false.true",
                        (int) statements.stream().filter(TrueFalse::answer).count(),
                        statements.size()),
                wrong,
                keys,
                falseOnes,
                trueOnes,
                KeyShares.positions(sets),
                levels,
                new Share("apply", applying, assessments),
                freeText,
                branching,
                guessing,
                accepted);
    }

    /** Errors, open warnings and accepted warnings in all. */
    public int errors() {
        return codes.values().stream()
                .filter(c -> c.severity() == Severity.ERROR)
                .mapToInt(Count::open)
                .sum();
    }

    public int warnings() {
        return codes.values().stream()
                .filter(c -> c.severity() != Severity.ERROR)
                .mapToInt(Count::open)
                .sum();
    }

    public int acceptedCount() {
        return accepted.size();
    }

    private static Share determiners(String name, List<String> texts) {
        return new Share(
                "determiners." + name,
                (int) texts.stream()
                        .filter(t -> Wording.determiner(t).isPresent())
                        .count(),
                texts.size());
    }

    /** The code keys in the order the documentation lists them. */
    static List<String> codeOrder() {
        return Arrays.stream(ProblemCode.values())
                .filter(AuditCodes.all()::contains)
                .map(ProblemCode::key)
                .toList();
    }
}
