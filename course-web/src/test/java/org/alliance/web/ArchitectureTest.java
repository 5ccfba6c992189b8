package org.alliance.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.Optional;
import org.alliance.web.account.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The structural rules of docs/architecture.md that the compiler alone does not keep, one test per rule; the
 * document names the test after each sentence it enforces. {@link FeatureMapTest} keeps the feature map.
 */
class ArchitectureTest {
    static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alliance.web");
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alliance.core");

    /** The packages below the features, which every feature may use and which use none. */
    static final String NAVIGATION = "org.alliance.web.navigation..";

    static final String SHARED_UI = "org.alliance.web.ui..";

    @Test
    void the_course_core_uses_no_framework() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "jakarta.servlet..")
                .allowEmptyShould(true)
                .check(CORE);
    }

    @Test
    void feature_slices_are_free_of_cycles() {
        slices().matching("org.alliance.web.(*)..").should().beFreeOfCycles().check(WEB);
    }

    @Test
    void no_feature_depends_on_another_features_view() {
        classes()
                .should(new ArchCondition<JavaClass>("not depend on a view (@Route) of another feature") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Optional<String> from = FeatureMap.feature(item);
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            Optional<String> to = FeatureMap.feature(target);
                            boolean view =
                                    target.isAnnotatedWith(Route.class) || target.isAnnotatedWith(RouteAlias.class);
                            if (view && to.isPresent() && !to.equals(from)) {
                                events.add(SimpleConditionEvent.violated(
                                        dependency,
                                        dependency.getDescription()
                                                + ": link through org.alliance.web.navigation.Links instead"));
                            }
                        }
                    }
                })
                .check(WEB);
    }

    @Test
    void navigation_and_the_shared_ui_import_no_feature() {
        noClasses()
                .that()
                .resideInAnyPackage(NAVIGATION, SHARED_UI, "org.alliance.web.identity..")
                .should()
                .dependOnClassesThat(FeatureMap.IN_A_FEATURE)
                .check(WEB);
        noClasses()
                .that()
                .resideInAPackage(NAVIGATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework..")
                .because("route templates and links are plain values, usable from any layer")
                .check(WEB);
    }

    @Test
    void learning_events_are_records_of_jdk_and_course_model_types() {
        classes()
                .that()
                .resideInAPackage("org.alliance.web.events..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "org.alliance.core.model..", "org.alliance.web.events..", "org.jspecify..")
                .because("any feature publishes them and any feature may listen, so they carry values only")
                .check(WEB);
        classes()
                .that()
                .resideInAPackage("org.alliance.web.events..")
                .and()
                .areNotInterfaces()
                .and()
                .areNotEnums()
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .beRecords()
                .check(WEB);
    }

    @Test
    void vaadin_only_in_ui_packages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .doNotHaveFullyQualifiedName("org.alliance.web.security.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("services and domain classes know nothing of the UI; SecurityConfig is the one exception,"
                        + " since it hands Vaadin's security configurer the login view")
                .check(WEB);
    }

    @Test
    void sql_only_in_stores() {
        DescribedPredicate<JavaClass> store = DescribedPredicate.describe(
                "are stores (named *Store)", c -> topLevel(c).getSimpleName().endsWith("Store"));
        noClasses()
                .that(DescribedPredicate.not(store))
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class)
                .because("each feature's SQL lives in its package-private store")
                .check(WEB);
    }

    @Test
    void stores_are_private_to_their_feature() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Store")
                .should()
                .notBePublic()
                .because("a feature's tables are its own: another feature reads them through a public service that"
                        + " checks who asks, and the compiler keeps a package-private store out of its reach")
                .check(WEB);
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    @Test
    void views_never_touch_a_repository() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(WEB);
    }

    @Test
    void repositories_are_private_to_their_feature() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .notBePublic()
                .check(WEB);
    }

    @Test
    void views_never_call_the_account_methods_open_to_anonymous_start_up_code() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "AccountService.findForLogin, upgradePasswordHash or ensureSystemAccount",
                        call -> call.getTargetOwner().getSimpleName().equals("AccountService")
                                && (call.getName().equals("findForLogin")
                                        || call.getName().equals("upgradePasswordHash")
                                        || call.getName().equals("ensureSystemAccount"))))
                .because("they carry no security check: they serve sign-in and start-up, before anyone is signed in")
                .check(WEB);
    }

    @Test
    void only_the_lti_feature_acts_on_what_an_lms_vouches_for() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.alliance.web.lti", "org.alliance.web.catalog..", "org.alliance.web.security")
                .and()
                .doNotHaveSimpleName("LmsGrades")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("LmsEnrolment")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("LmsSignIn")
                .orShould()
                .callMethodWhere(DescribedPredicate.describe(
                        "AccountService.provisionFromLms",
                        call -> call.getTargetOwner().getSimpleName().equals("AccountService")
                                && call.getName().equals("provisionFromLms")))
                .because("they check no signed-in user: the lti feature calls them after checking a platform's signed"
                        + " launch or for its roster")
                .check(WEB);
        noClasses()
                .that()
                .resideOutsideOfPackages("org.alliance.web.lti", "org.alliance.web.gradebook")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("LmsGrades")
                .because("it reads a student's attempts for no signed-in user: the LMS grade passback only")
                .check(WEB);
        noClasses()
                .that()
                .doNotHaveSimpleName("LmsGrades")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "QuizResults or VignetteResults.recordsForLms",
                        call -> call.getName().equals("recordsForLms")))
                .because("they read a student's attempts for no signed-in user: LmsGrades only")
                .check(WEB);
    }

    @Test
    void views_never_read_course_versions_on_no_ones_behalf() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("PublishedVersions")
                .because("it checks no one: it serves scheduled jobs; a person reads courses through the catalogue"
                        + " or course staff services, which check who asks")
                .check(WEB);
    }

    @Test
    void the_account_feature_does_not_reach_into_security() {
        noClasses()
                .that()
                .resideInAPackage("org.alliance.web.account..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.alliance.web.security..")
                .because("security listens to account events; the dependency runs one way")
                .check(WEB);
    }

    @Test
    void another_features_ui_is_used_only_through_the_slots_it_publishes() {
        classes()
                .should(
                        new ArchCondition<JavaClass>(
                                "use another feature's ui only through an interface it publishes") {
                            @Override
                            public void check(JavaClass item, ConditionEvents events) {
                                Optional<String> from = FeatureMap.feature(item);
                                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                                    JavaClass target = dependency.getTargetClass();
                                    Optional<String> to = FeatureMap.feature(target);
                                    boolean foreignUi = to.isPresent()
                                            && !to.equals(from)
                                            && target.getPackageName().contains(".ui");
                                    if (foreignUi && !target.isInterface()) {
                                        events.add(SimpleConditionEvent.violated(
                                                dependency,
                                                dependency.getDescription()
                                                        + ": another feature's ui is reached only through an interface it publishes for"
                                                        + " contributions (such as shell.ui.HeaderItem)"));
                                    }
                                }
                            }
                        })
                .check(WEB);
    }

    @Test
    void personal_data_beans_are_private_to_their_feature() {
        classes()
                .that()
                .implement(PersonalData.class)
                .should()
                .notBePublic()
                .because("each feature hands over only its own tables, through PersonalDataService")
                .check(WEB);
    }
}
