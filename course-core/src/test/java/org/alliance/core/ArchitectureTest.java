package org.alliance.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core stays framework-free, so the web app, tests and tools can all use it as plain Java. */
@AnalyzeClasses(packages = "org.alliance.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_on_no_framework = noClasses()
            .that()
            .resideInAPackage("org.alliance.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule the_model_depends_on_nothing_else_in_core = noClasses()
            .that()
            .resideInAPackage("org.alliance.core.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.alliance.core.format..",
                    "org.alliance.core.validation..",
                    "org.alliance.core.scoring..",
                    "org.alliance.core.grading..",
                    "org.alliance.core.statistics..",
                    "org.alliance.core.mastery..",
                    "org.alliance.core.agreement..");

    @ArchTest
    static final ArchRule validation_does_not_depend_on_the_file_format = noClasses()
            .that()
            .resideInAPackage("org.alliance.core.validation..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.alliance.core.format..");
}
