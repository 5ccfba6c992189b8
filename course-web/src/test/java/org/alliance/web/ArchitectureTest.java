package org.alliance.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The rules of ARCHITECTURE.md that the compiler alone does not keep. */
class ArchitectureTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alliance.web");
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alliance.core");

    @Test
    void the_course_core_uses_no_framework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "jakarta.servlet..")
                .allowEmptyShould(true)
                .check(CORE);
    }

    @Test
    void views_never_touch_a_repository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(WEB);
    }

    @Test
    void repositories_are_private_to_their_feature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(WEB);
    }

    @Test
    void services_and_domain_know_nothing_of_vaadin() {
        noClasses().that().resideInAPackage("org.alliance.web.account")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(WEB);
    }

    @Test
    void the_account_feature_does_not_reach_into_security() {
        noClasses().that().resideInAPackage("org.alliance.web.account")
                .should().dependOnClassesThat().resideInAPackage("org.alliance.web.security..")
                .because("security listens to account events; the dependency runs one way")
                .check(WEB);
    }
}
