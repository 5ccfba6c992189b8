package org.alliance.core.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.alliance.core.model.*;

/**
 * Generates random valid courses from a seed: every item type and vignette kind, drills, panels, meter
 * conditions, and text full of characters that YAML must quote (colons, hashes, quotes, "yes",
 * "null", numbers, Unicode, multi-line Markdown).
 */
final class RandomCourse {

    private static final String[] WORDS = {
        "alliance",
        "rupture",
        "repair",
        "client",
        "therapist",
        "goal",
        "task",
        "bond",
        "yes",
        "no",
        "null",
        "~",
        "true",
        "1.0",
        "42",
        "0x1F",
        "#hash",
        "key: value",
        "- dash",
        "\"quoted\"",
        "'single'",
        "é",
        "日本",
        "🙂",
        "@at",
        "%",
        "`code`",
        "*emph*",
        "**strong**",
        "&",
        "a,b",
        "{brace}",
        "[bracket]",
        "|pipe",
        ">gt",
        "!bang",
        "?",
        "tab\\t",
        "[link](https://example.org)",
        "—",
        "50%",
        "x:y",
        "on",
        "off",
        "N/A"
    };

    private final Random rnd;
    private int counter;
    private final List<String> dims = List.of("d1-empathy", "d2-process");
    private final List<Concept> concepts = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<String> misconceptions = new ArrayList<>();

    private RandomCourse(long seed) {
        this.rnd = new Random(seed);
    }

    static Course generate(long seed) {
        return new RandomCourse(seed).course();
    }

    private Course course() {
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
            references.add(new Reference(
                    id("ref"),
                    text(false),
                    1950 + rnd.nextInt(76),
                    text(false),
                    text(false),
                    rnd.nextBoolean()
                            ? Optional.of("10." + (1000 + rnd.nextInt(9000)) + "/x" + rnd.nextInt(999))
                            : Optional.empty()));
        }
        for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
            List<Misconception> ms = new ArrayList<>();
            for (int j = 0, m = 1 + rnd.nextInt(2); j < m; j++) {
                String id = id("m");
                misconceptions.add(id);
                ms.add(new Misconception(id, text(false), text(true)));
            }
            concepts.add(new Concept(
                    id("c"),
                    text(false),
                    markdown(),
                    ms,
                    some(references.stream().map(Reference::id).toList(), 0)));
        }
        List<Lesson> lessons = new ArrayList<>();
        List<String> activityIds = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
            Lesson lesson = lesson();
            lessons.add(lesson);
            // Reflections and drills are never graded, so only quizzes and vignettes may carry a weight of their own.
            lesson.activities().stream()
                    .filter(a -> a.kind() != ActivityKind.REFLECTION && a.kind() != ActivityKind.DRILL)
                    .forEach(a -> activityIds.add(a.id()));
        }
        Map<String, Double> overrides = new LinkedHashMap<>();
        if (rnd.nextBoolean() && !activityIds.isEmpty()) {
            overrides.put(pick(activityIds), (double) (1 + rnd.nextInt(3)));
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String d : dims) {
            Map<Integer, String> anchors = new LinkedHashMap<>();
            for (int level = 1; level <= 5; level++) {
                anchors.put(level, text(false));
            }
            dimensions.add(new Dimension(d, text(false), text(false), anchors));
        }
        return new Course(
                id("course"),
                text(false),
                text(true),
                text(false),
                pick(List.of("en", "de", "en-GB")),
                some(List.of("Ana", "Ben: editor", "Chloé"), 1),
                "CC-BY-SA-4.0",
                some(List.of("Grief.", "Anger."), 0),
                markdown(),
                markdown(),
                lessons,
                new Rubric(RatingScale.defaults(), dimensions),
                new GradingPolicy(
                        pick(List.of(0.5, 0.6, 0.75)),
                        new Weights(1, pick(List.of(1.0, 2.0, 0.5)), 0, overrides),
                        new CompletionRule(
                                pick(List.of(CompletionRule.LessonsRead.values())),
                                pick(List.of(CompletionRule.ActivitiesRequired.values())))),
                concepts,
                references);
    }

    private Lesson lesson() {
        List<Objective> objectives = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(2); i < n; i++) {
            objectives.add(new Objective(id("o"), text(false)));
        }
        List<String> objectiveIds = objectives.stream().map(Objective::id).toList();
        List<Activity> activities = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
            activities.add(
                    switch (rnd.nextInt(4)) {
                        case 0 -> quiz(objectiveIds);
                        case 1 -> vignette(objectiveIds);
                        case 2 -> drill(objectiveIds);
                        default -> new Reflection(id("r"), text(false), markdown());
                    });
        }
        return new Lesson(id("l"), text(false), 5 + rnd.nextInt(60), objectives, conceptIds(), markdown(), activities);
    }

    /** A drill without hints: random example texts may end with a question mark or open with "Just". */
    private Drill drill(List<String> objectives) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0, n = 2 + rnd.nextInt(3); i < n; i++) {
            criteria.add(new Criterion(id("k"), text(false)));
        }
        List<String> criterionIds = criteria.stream().map(Criterion::id).toList();
        Map<Level, List<DrillStatement>> levels = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            List<DrillStatement> statements = new ArrayList<>();
            for (int i = 0, n = 3 + rnd.nextInt(2); i < n; i++) {
                statements.add(new DrillStatement(
                        id("s"),
                        text(false),
                        text(false),
                        markdown(),
                        some(criterionIds, 0),
                        List.of(markdown(), markdown()),
                        some(List.of(text(false), text(false)), 0)));
            }
            levels.put(level, statements);
        }
        return new Drill(
                id("d"),
                text(false),
                markdown(),
                some(objectives, 0),
                conceptIds(),
                some(references.stream().map(Reference::id).toList(), 0),
                maybe(),
                criteria,
                List.of(text(false)),
                List.of(),
                new DrillSettings(1 + rnd.nextInt(30), rnd.nextInt(121)),
                levels,
                Optional.empty());
    }

    private Quiz quiz(List<String> objectives) {
        List<Item> items = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
            items.add(item(objectives));
        }
        QuizSettings settings = new QuizSettings(
                pick(List.of(Behaviour.values())),
                1 + rnd.nextInt(3),
                pick(List.of(0.0, 0.1, 0.25)),
                rnd.nextInt(4),
                pick(List.of(GradingMethod.values())),
                rnd.nextInt(30),
                pick(List.of(0.5, 0.7, 1.0)),
                rnd.nextBoolean(),
                new ReviewOptions(
                        some(List.of(ReviewDetail.values()), 0),
                        some(List.of(ReviewDetail.values()), 0),
                        some(List.of(ReviewDetail.values()), 0)));
        return new Quiz(id("q"), text(false), settings, items);
    }

    private Item item(List<String> objectives) {
        String id = id("i");
        List<String> obj = some(objectives, 1);
        List<String> con = conceptIds();
        String stem = markdown();
        return switch (ItemType.values()[rnd.nextInt(ItemType.values().length)]) {
            case SINGLE_CHOICE -> {
                List<CreditOption> options = new ArrayList<>();
                int best = rnd.nextInt(2 + rnd.nextInt(3));
                for (int i = 0; i < Math.max(2, best + 1); i++) {
                    options.add(
                            i == best
                                    ? new CreditOption(id("a"), distinct(), 1, Optional.empty(), markdown())
                                    : new CreditOption(
                                            id("a"),
                                            distinct(),
                                            pick(List.of(0.0, 0.25, 0.5)),
                                            Optional.of(pick(misconceptions)),
                                            markdown()));
                }
                yield new SingleChoice(id, obj, con, stem, options);
            }
            case MULTIPLE_RESPONSE -> {
                List<ResponseOption> options = new ArrayList<>();
                options.add(new ResponseOption(id("a"), distinct(), true, Optional.empty(), markdown()));
                for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
                    boolean correct = rnd.nextBoolean();
                    options.add(new ResponseOption(
                            id("a"),
                            distinct(),
                            correct,
                            correct ? Optional.empty() : Optional.of(pick(misconceptions)),
                            markdown()));
                }
                yield new MultipleResponse(id, obj, con, stem, options);
            }
            case TRUE_FALSE ->
                new TrueFalse(
                        id,
                        obj,
                        con,
                        stem,
                        rnd.nextBoolean(),
                        Optional.of(pick(misconceptions)),
                        markdown(),
                        markdown());
            case MATCHING -> {
                List<MatchPair> pairs = new ArrayList<>();
                for (int i = 0, n = 2 + rnd.nextInt(2); i < n; i++) {
                    pairs.add(new MatchPair(id("p"), distinct(), distinct()));
                }
                yield new Matching(id, obj, con, stem, pairs, some(List.of("x: y", "yes", "Another"), 0), markdown());
            }
            case ORDERING -> {
                List<OrderStep> steps = new ArrayList<>();
                for (int i = 0, n = 2 + rnd.nextInt(3); i < n; i++) {
                    steps.add(new OrderStep(id("s"), distinct()));
                }
                yield new Ordering(id, obj, con, stem, steps, markdown());
            }
            case SHORT_TEXT ->
                new ShortText(
                        id,
                        obj,
                        con,
                        stem,
                        List.of(
                                new AcceptedAnswer(text(false), 1, text(false)),
                                new AcceptedAnswer(text(false), 0.5, "")),
                        new Normalisation(rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean()),
                        markdown());
            case BEST_RESPONSE -> new BestResponseItem(id, obj, con, stem, text(false), maybe(), rated(dims, true));
        };
    }

    private Vignette vignette(List<String> objectives) {
        List<String> vdims = some(dims, 1);
        VignetteHeader header = new VignetteHeader(
                id("v"),
                text(false),
                pick(List.of(Level.values())),
                some(objectives, 1),
                conceptIds(),
                maybe(),
                new Persona(
                        text(false),
                        rnd.nextBoolean() ? Optional.of(18 + rnd.nextInt(60)) : Optional.empty(),
                        text(false)),
                markdown(),
                vdims,
                markdown(),
                new VignetteSettings(rnd.nextInt(3), pick(List.of(GradingMethod.values()))));
        return switch (rnd.nextInt(4)) {
            case 0 -> new BestResponseVignette(header, text(false), maybe(), maybe(), rated(vdims, true));
            case 1 -> new RateOptionsVignette(header, text(false), maybe(), maybe(), rated(vdims, false));
            case 2 -> {
                Map<Integer, String> examples = new LinkedHashMap<>();
                for (int level : some(List.of(1, 2, 3, 4, 5), 0)) {
                    examples.put(level, text(false));
                }
                Map<String, Map<Integer, String>> anchors = new LinkedHashMap<>();
                for (String d : some(vdims, 0)) {
                    anchors.put(d, Map.of(1, text(false), 5, text(false)));
                }
                yield new FreeTextVignette(header, text(false), maybe(), markdown(), examples, anchors);
            }
            default -> branching(header, vdims);
        };
    }

    private BranchingVignette branching(VignetteHeader header, List<String> vdims) {
        int nodeCount = 1 + rnd.nextInt(4);
        List<String> nodeIds = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodeIds.add(id("n"));
        }
        List<String> endingIds = List.of(id("e"), id("e"));
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            List<Choice> choices = new ArrayList<>();
            boolean last = i == nodeCount - 1;
            // The first choice walks the chain, so every node is reached; the last node reaches every ending.
            // Those choices are rated at the top and always open, so the chain is the best clean walk the
            // fair path score needs (the audit reports a graph without one as an error).
            List<String> forced = last ? endingIds : List.of(nodeIds.get(i + 1));
            for (String target : forced) {
                choices.add(clean(vdims, target));
            }
            for (int k = 0, extra = rnd.nextInt(2); k < extra; k++) {
                List<String> later = new ArrayList<>(nodeIds.subList(i + 1, nodeCount));
                later.addAll(endingIds);
                choices.add(choice(vdims, pick(later), nodeIds.subList(i + 1, nodeCount), endingIds));
            }
            nodes.add(new Node(nodeIds.get(i), text(false), maybe(), choices));
        }
        List<Ending> endings = new ArrayList<>();
        for (String e : endingIds) {
            endings.add(new Ending(
                    e, text(false), pick(List.of(Outcome.values())), pick(List.of(0.0, 0.1, 0.2)), markdown()));
        }
        return new BranchingVignette(header, nodeIds.getFirst(), new AllianceMeter(50, 0, 100), nodes, endings);
    }

    private Choice clean(List<String> vdims, String target) {
        return new Choice(
                id("ch"),
                distinct(),
                ratings(vdims, 5),
                markdown(),
                Optional.empty(),
                rnd.nextInt(41) - 20,
                rnd.nextBoolean(),
                false,
                Optional.empty(),
                List.of(Branch.to(target)));
    }

    private Choice choice(List<String> vdims, String target, List<String> laterNodes, List<String> endings) {
        List<Branch> next = new ArrayList<>();
        if (rnd.nextInt(3) == 0) {
            next.add(new Branch(
                    Optional.of(new MeterCondition(Optional.empty(), Optional.of(20 + rnd.nextInt(30)))),
                    pick(endings)));
        }
        next.add(Branch.to(target));
        Optional<MeterCondition> requires = rnd.nextInt(4) == 0
                ? Optional.of(new MeterCondition(Optional.of(rnd.nextInt(50)), Optional.empty()))
                : Optional.empty();
        return new Choice(
                id("ch"),
                distinct(),
                ratings(vdims, 1 + rnd.nextInt(5)),
                markdown(),
                rnd.nextBoolean() ? Optional.of(pick(misconceptions)) : Optional.empty(),
                rnd.nextInt(41) - 20,
                rnd.nextBoolean(),
                rnd.nextInt(5) == 0,
                requires,
                next);
    }

    private List<RatedOption> rated(List<String> ratedDims, boolean withBest) {
        List<RatedOption> options = new ArrayList<>();
        for (int i = 0, n = 2 + rnd.nextInt(2); i < n; i++) {
            boolean best = withBest && i == 0;
            options.add(new RatedOption(
                    id("a"),
                    distinct(),
                    ratings(ratedDims, best ? 5 : 1 + rnd.nextInt(4)),
                    markdown(),
                    best ? Optional.empty() : Optional.of(pick(misconceptions))));
        }
        return options;
    }

    private Ratings ratings(List<String> ratedDims, int around) {
        if (rnd.nextInt(3) == 0) {
            List<RaterScores> panel = new ArrayList<>();
            for (String rater : List.of("author", "reviewer-" + rnd.nextInt(9))) {
                Map<String, Integer> scores = new LinkedHashMap<>();
                ratedDims.forEach(d -> scores.put(d, around));
                panel.add(new RaterScores(rater, scores));
            }
            return new Ratings(panel);
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        ratedDims.forEach(d -> scores.put(d, around));
        return Ratings.byAuthor(scores);
    }

    private List<String> conceptIds() {
        return some(concepts.stream().map(Concept::id).toList(), 1);
    }

    private String id(String prefix) {
        return prefix + "-" + (++counter) + (rnd.nextBoolean() ? "" : "-x" + rnd.nextInt(99));
    }

    private Optional<String> maybe() {
        return rnd.nextBoolean() ? Optional.of(text(false)) : Optional.empty();
    }

    /**
     * Text no other option of the course has: options a student cannot tell apart are an audit error
     * when they score differently.
     */
    private String distinct() {
        return text(false) + " (" + (++counter) + ")";
    }

    /** Text as the reader leaves it: no leading blank lines, no trailing whitespace. */
    private String text(boolean multiline) {
        StringBuilder out = new StringBuilder(pick(List.of("The", "A", "Sam", "Ö")));
        int lines = multiline ? 1 + rnd.nextInt(3) : 1;
        for (int line = 0; line < lines; line++) {
            if (line > 0) {
                out.append(rnd.nextBoolean() ? "\n" : "\n\n").append("Then");
            }
            for (int i = 0, n = 1 + rnd.nextInt(6); i < n; i++) {
                out.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
            }
        }
        return out.toString();
    }

    /** Markdown, sometimes with glossary links and citations that resolve. */
    private String markdown() {
        String text = text(rnd.nextBoolean());
        if (!concepts.isEmpty() && rnd.nextInt(4) == 0) {
            text += " See [[" + pick(concepts).id() + "]].";
        }
        if (!references.isEmpty() && rnd.nextInt(4) == 0) {
            text += " As shown [@" + pick(references).id() + ", p. 3].";
        }
        return text;
    }

    private <T> T pick(List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    /** A random subset in original order, at least {@code min} long when possible. */
    private <T> List<T> some(List<T> from, int min) {
        List<T> out = new ArrayList<>();
        for (T t : from) {
            if (rnd.nextBoolean()) {
                out.add(t);
            }
        }
        for (int i = 0; out.size() < Math.min(min, from.size()); i++) {
            if (!out.contains(from.get(i))) {
                out.add(from.get(i));
            }
        }
        return out;
    }
}
