package org.alliance.web.authorisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alliance.web.AllianceTest;
import org.alliance.web.authorisation.Expectations.Row;
import org.alliance.web.authorisation.Fixture.World;
import org.alliance.web.security.ui.LoginView;
import org.alliance.web.shell.ui.AccessDeniedView;
import org.alliance.web.shell.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The view half of the authorisation matrix. Rows: every route template and alias in Vaadin's route registry.
 * Columns: the {@link Persona}s. Each cell navigates, browserless, to the route filled in with the {@link Fixture}
 * course's ids as that persona and compares the page it lands on (the view itself, not found, access denied or
 * sign-in, or somewhere else) with views.txt, where every outcome is written by hand.
 */
@AllianceTest
class ViewMatrixTest extends SpringBrowserlessTest {

    private static final String TABLE = "/authorisation/views.txt";

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_route_opens_refuses_or_hides_for_each_persona_as_the_table_says() {
        Map<String, Class<? extends Component>> routes = routes();
        Expectations table = Expectations.read(TABLE);

        List<String> missing = routes.keySet().stream()
                .filter(k -> !table.rows().containsKey(k))
                .toList();
        assertThat(missing)
                .as(
                        "routes without a row in %s: add a line per route with one outcome (ok, no, 404, away) per"
                                + " column, decided from who should see the page, e.g.%n%s",
                        TABLE,
                        String.join(
                                "\n",
                                missing.stream()
                                        .map(k -> k + "  no ok 404 404 404 404 404 404")
                                        .toList()))
                .isEmpty();
        assertThat(table.rows().keySet())
                .as("rows in %s for routes that no longer exist: remove them", TABLE)
                .isSubsetOf(routes.keySet());

        Fixture fixture = new Fixture(context);
        World world = fixture.fresh();
        // The after-action review needs a submitted branching attempt; no other route reads this one.
        fixture.finishBranching(world);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : table.rows().values()) {
            String location = location(row.key(), world);
            for (var cell : row.cells().entrySet()) {
                Persona persona = cell.getKey();
                persona.signIn();
                Outcome actual = visit(location, routes.get(row.key()));
                cells++;
                if (!cell.getValue().admits(actual)) {
                    wrong.add("%s as %s (views.txt:%d): expected %s, got %s (%s)"
                            .formatted(
                                    row.key(),
                                    persona.column,
                                    row.line(),
                                    cell.getValue().code,
                                    actual.code,
                                    getCurrentView().getClass().getSimpleName()));
                }
                SecurityContextHolder.clearContext();
            }
        }
        System.out.printf(
                "View authorisation matrix: %d rows, %d cells checked%n",
                table.rows().size(), cells);
        assertThat(wrong).as("cells that differ from %s", TABLE).isEmpty();
    }

    private Outcome visit(String location, Class<? extends Component> view) {
        navigate(location, Component.class);
        Class<?> shown = getCurrentView().getClass();
        if (view.isAssignableFrom(shown)) {
            return Outcome.ALLOWED;
        }
        if (shown == NotFoundView.class) {
            return Outcome.NOT_FOUND;
        }
        if (shown == AccessDeniedView.class || shown == LoginView.class) {
            return Outcome.REFUSED;
        }
        return Outcome.AWAY;
    }

    /** Route templates and aliases, with the view each shows. */
    private static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.put(display(route.getTemplate()), route.getNavigationTarget());
            route.getRouteAliases()
                    .forEach(alias -> routes.put(display(alias.getTemplate()), alias.getNavigationTarget()));
        }
        return routes;
    }

    /** The empty template of the home page shown as "/", so that a table row can name it. */
    private static String display(String template) {
        return "/" + template;
    }

    private static String location(String template, World world) {
        String attempt = template.startsWith("/attempts/")
                ? world.quizAttempt()
                : template.endsWith("/review") ? world.branchingAttempt() : world.vignetteAttempt();
        return template.substring(1)
                .replace(":courseId", world.course())
                .replace(":lessonId", Fixture.LESSON)
                .replace(":quizId", Fixture.QUIZ)
                .replace(":vignetteId", Fixture.VIGNETTE)
                .replace(":reflectionId", Fixture.REFLECTION)
                .replace(":drillId", Fixture.DRILL)
                .replace(":tryId", world.drillTry())
                .replace(":username", Persona.STUDENT.username)
                .replace(":attemptId", attempt)
                .replace(":practiceId", "az-no-such-practice")
                .replace(":ticket", "az-no-such-ticket");
    }
}
