package org.alliance.core.drill;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.Criterion;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillSettings;
import org.alliance.core.model.DrillStatement;
import org.alliance.core.model.Level;

/** Drills built in memory for tests: three statements per level, varied examples, one poor response each. */
public final class SampleDrills {

    private SampleDrills() {}

    /** A valid drill on concept {@code c1}, objective {@code o1}, with the given hints switched on. */
    public static Drill drill(String id, Optional<String> contentNote, DrillHint... hints) {
        return withLevels(id, contentNote, List.of(hints), levels(EXAMPLES));
    }

    public static Drill withLevels(
            String id, Optional<String> contentNote, List<DrillHint> hints, Map<Level, List<DrillStatement>> levels) {
        return new Drill(
                id,
                "Reflect the feeling",
                "Name the feeling under the words.",
                List.of("o1"),
                List.of("c1"),
                List.of(),
                contentNote,
                List.of(new Criterion("k1", "Names a feeling."), new Criterion("k2", "Says it tentatively.")),
                List.of("Giving advice."),
                hints,
                DrillSettings.defaults(),
                levels,
                Optional.empty());
    }

    /** Eighteen example responses, no two opening alike, none a question, none advice or reassurance. */
    static final List<String> EXAMPLES = List.of(
            "That sounds lonely.",
            "Perhaps some hurt is in there too.",
            "You seem worn out by it.",
            "I hear a lot of pressure.",
            "Maybe part of you is angry.",
            "It might feel unfair.",
            "There is sadness in how you say it.",
            "Something about this stings.",
            "So much effort, so little thanks.",
            "Anyone would feel tired of that.",
            "My guess is you feel unseen.",
            "Feeling stuck like that is hard.",
            "Part of you wants to give up.",
            "A kind of grief, maybe.",
            "Disappointed, it seems, and a bit alone.",
            "What a weight to carry alone.",
            "This has been hurting for a while.",
            "Not being heard would wear anyone down.");

    /** Poor responses: advice, reassurance, a question. */
    static final List<String> POOR =
            List.of("You should talk to your manager.", "Don't worry, it'll be fine.", "Why do you think that is?");

    /** Three statements per level, two examples each from {@code examples} in order, one poor response each. */
    public static Map<Level, List<DrillStatement>> levels(List<String> examples) {
        Map<Level, List<DrillStatement>> levels = new EnumMap<>(Level.class);
        int n = 0;
        for (Level level : Level.values()) {
            List<DrillStatement> statements = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String id = level.name().substring(0, 1).toLowerCase(Locale.ROOT) + i;
                statements.add(new DrillStatement(
                        id,
                        "A fictional client, session " + i + ".",
                        "tired",
                        "Nobody notices what I do.",
                        List.of(),
                        List.of(examples.get(n % examples.size()), examples.get((n + 1) % examples.size())),
                        List.of(POOR.get(n / 2 % POOR.size()))));
                n += 2;
            }
            levels.put(level, statements);
        }
        return levels;
    }
}
