package org.alliance.web.drill;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Level;
import org.alliance.core.practice.Difficulty;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in student's practice log: minutes of deliberate practice (active time per statement, at most three
 * minutes each), statements practised per drill and level, and difficulty ratings in the order they were given.
 * Time in deliberate practice is shown plainly: it is the practice variable that predicted therapists' outcomes
 * (Chow et al. 2015).
 */
@Service
public class PracticeLog {
    private final PracticeStore store;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;

    PracticeLog(PracticeStore store, CourseCatalog catalog, CurrentUser currentUser) {
        this.store = store;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /** Statements practised in one drill, per level. */
    public record DrillCount(String courseId, String drillId, String title, Map<Level, Integer> statements) {}

    public record Rating(Instant at, String title, Level level, Difficulty difficulty) {}

    public record Log(int minutes, int statements, List<DrillCount> drills, List<Rating> ratings) {

        public boolean empty() {
            return statements == 0;
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Log mine() {
        String me = currentUser.require();
        Map<String, String> titles = new HashMap<>();
        var practised = store.practised(me);
        int seconds = 0;
        Map<String, DrillCount> drills = new LinkedHashMap<>();
        for (var p : practised) {
            seconds += Math.min(p.seconds(), (int) DrillPractice.ACTIVE_CAP.toSeconds());
            String title =
                    titles.computeIfAbsent(p.courseId() + "/" + p.drillId(), k -> title(p.courseId(), p.drillId()));
            drills.computeIfAbsent(
                            p.courseId() + "/" + p.drillId(),
                            k -> new DrillCount(p.courseId(), p.drillId(), title, new EnumMap<>(Level.class)))
                    .statements()
                    .merge(p.level(), 1, Integer::sum);
        }
        List<Rating> ratings = store.ratings(me).stream()
                .map(r -> new Rating(
                        r.at(),
                        titles.computeIfAbsent(r.courseId() + "/" + r.drillId(), k -> title(r.courseId(), r.drillId())),
                        r.level(),
                        r.difficulty()))
                .toList();
        return new Log((seconds + 30) / 60, practised.size(), List.copyOf(drills.values()), ratings);
    }

    /** The drill's title in the course as published now; its id when it has left the course. */
    private String title(String courseId, String drillId) {
        return catalog.enrolledCourse(courseId)
                .flatMap(p -> p.course().activity(drillId))
                .filter(Drill.class::isInstance)
                .map(a -> a.title())
                .orElse(drillId);
    }
}
