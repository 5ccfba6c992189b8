package org.alliance.web.authorisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.authorisation.Expectations.Row;
import org.alliance.web.authorisation.Fixture.World;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The service half of the authorisation matrix. Rows: every public method of every public {@code @Service} class
 * in {@code org.alliance.web}, the layer views call (the public {@code @Component}s are not data services: who is
 * signed in, the password rule, the lesson renderer and the sign-in throttle). Columns: the {@link Persona}s.
 * Each cell calls the method through its Spring proxy as that persona, on the {@link Fixture} course, and
 * compares what happened with services.txt, where every outcome is written by hand.
 */
@AllianceTest
class ServiceMatrixTest {

    private static final String TABLE = "/authorisation/services.txt";

    /**
     * Rows that need more than the fixture's open quiz attempt and ungraded answer: a submitted attempt (review,
     * results), two raters who agree (release), a released grade (override, the student's feedback), or two raters
     * far apart (adding a resolving rater), a submitted branching attempt (its after-action review and practice).
     * Their rows are fresh, so each cell gets its
     * own course prepared this way.
     */
    private static final Map<String, BiConsumer<Fixture, World>> PREPARE = Map.of(
            "QuizAttempts.review(String)",
            Fixture::submitQuiz,
            "QuizResults.latestSubmitted(String,String)",
            Fixture::submitQuiz,
            "ReleasedGrades.forMyAnswer(String)",
            ServiceMatrixTest::agreedAndReleased,
            "Grading.release(String,String,String)",
            ServiceMatrixTest::agreed,
            "Grading.override(String,String,Map,boolean,String,String)",
            ServiceMatrixTest::agreedAndReleased,
            "AfterActionReviews.review(String)",
            Fixture::finishBranching,
            "VignettePractice.start(String,int)",
            Fixture::finishBranching,
            "Grading.addRater(String,String,String)",
            (fixture, world) -> {
                fixture.rate(world, Persona.OWNER, 1);
                fixture.rate(world, Persona.CO_INSTRUCTOR, 5);
            });

    private static void agreed(Fixture fixture, World world) {
        fixture.rate(world, Persona.OWNER, 3);
        fixture.rate(world, Persona.CO_INSTRUCTOR, 3);
    }

    private static void agreedAndReleased(Fixture fixture, World world) {
        agreed(fixture, world);
        fixture.release(world);
    }

    /** Rows whose student cells sign in as a new student of their own, since the call deletes the account. */
    private static final Set<String> STAND_IN = Set.of("PersonalDataService.deleteMyAccount(String)");

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_service_method_allows_and_refuses_each_persona_as_the_table_says() {
        Map<String, Method> methods = serviceMethods();
        Expectations table = Expectations.read(TABLE);

        List<String> missing = methods.keySet().stream()
                .filter(k -> !table.rows().containsKey(k))
                .toList();
        assertThat(missing)
                .as(
                        "service methods without a row in %s: add a line per method with one outcome (ok, none, no) per"
                                + " column, decided from what the method should allow, e.g.%n%s",
                        TABLE,
                        String.join(
                                "\n",
                                missing.stream()
                                        .map(k -> k + "  no no no ok ok no no ok")
                                        .toList()))
                .isEmpty();
        assertThat(table.rows().keySet())
                .as("rows in %s for methods that no longer exist: remove them", TABLE)
                .isSubsetOf(methods.keySet());

        Fixture fixture = new Fixture(context);
        World shared = fixture.fresh();
        Map<String, Integer> ratings = fixture.ratings(shared);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : table.rows().values()) {
            Method method = methods.get(row.key());
            Object bean = context.getBean(method.getDeclaringClass());
            for (var cell : row.cells().entrySet()) {
                Persona persona = cell.getKey();
                // A refused call changes nothing (and if it did, this cell fails), so only allowed cells of a
                // row that changes its course need a course of their own; prepared rows refuse on theirs too, so
                // that a refusal comes from who asks, not from a missing rating.
                boolean prepared = row.fresh() && PREPARE.containsKey(row.key());
                boolean changes = prepared || row.fresh() && cell.getValue() != Outcome.REFUSED;
                World world = changes ? fixture.fresh() : shared;
                if (prepared) {
                    PREPARE.get(row.key()).accept(fixture, world);
                }
                Object[] args = ServiceArguments.of(method, world, ratings);
                prepare(method, args);
                if (STAND_IN.contains(row.key())
                        && persona.username != null
                        && persona.name().contains("STUDENT")) {
                    TestUsers.signIn(fixture.standIn(), "STUDENT");
                } else {
                    persona.signIn();
                }
                Call actual = call(bean, method, args);
                restore(method, actual);
                SecurityContextHolder.clearContext();
                cells++;
                if (actual.outcome() == null || !cell.getValue().admits(actual.outcome())) {
                    wrong.add("%s as %s (services.txt:%d): expected %s, got %s"
                            .formatted(row.key(), persona.column, row.line(), cell.getValue().code, actual));
                }
            }
        }
        System.out.printf(
                "Service authorisation matrix: %d rows, %d cells checked%n",
                table.rows().size(), cells);
        assertThat(wrong).as("cells that differ from %s", TABLE).isEmpty();
    }

    /** An account an admin changes must exist first; it is never one of the personas. */
    private void prepare(Method method, Object[] args) {
        if (method.getDeclaringClass() == AccountService.class
                && List.of("changeRole", "setEnabled", "resetPassword").contains(method.getName())) {
            Persona.ADMIN.signIn();
            context.getBean(AccountService.class).register("Target", (String) args[0], Fixture.PASSWORD);
            SecurityContextHolder.clearContext();
        }
    }

    /** A persona whose password a cell changed gets the old one back, still signed in as that persona. */
    private void restore(Method method, Call call) {
        if (method.getName().equals("changeOwnPassword") && call.outcome() == Outcome.ALLOWED) {
            context.getBean(AccountService.class).changeOwnPassword(Fixture.NEW_PASSWORD, Fixture.PASSWORD, null);
        }
    }

    /** What a call did: an outcome (null for an exception that is no refusal) and, for a failure, why. */
    record Call(@Nullable Outcome outcome, String detail) {
        @Override
        public String toString() {
            return (outcome == null ? "an error" : outcome.code) + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private static Call call(Object bean, Method method, Object[] args) {
        try {
            Object result = method.invoke(bean, args);
            return Outcome.isRefusal(result)
                    ? new Call(Outcome.REFUSED, String.valueOf(result))
                    : new Call(Outcome.ofResult(result), "");
        } catch (InvocationTargetException e) {
            Throwable failure = e.getCause();
            return new Call(
                    Outcome.ofFailure(failure).orElse(null),
                    failure.getClass().getSimpleName() + ": " + failure.getMessage());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public methods of public @Service classes in org.alliance.web, keyed Class.method(ParamTypes). */
    private Map<String, Method> serviceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.alliance.web") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> !m.isSynthetic() && !m.isBridge())
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> methods.put(key(m), m));
        }
        return methods;
    }

    static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName()
                + Arrays.stream(m.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")"));
    }
}
