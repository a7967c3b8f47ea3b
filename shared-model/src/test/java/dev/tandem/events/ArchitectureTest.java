package dev.tandem.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The event contracts stay light: the service and both functions load them, a function at every cold start, so they
 * depend on Jackson and the JDK and on nothing else, of the project's code or anyone's.
 */
class ArchitectureTest {

    private static final JavaClasses EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem.events");

    @Test
    void dependOnJacksonAndTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("dev.tandem.events..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "dev.tandem.events..", "java..", "tools.jackson..", "com.fasterxml.jackson.annotation..")
                .because(
                        "shared-model is the only code the service and the functions share, and Jackson its only library")
                .check(EVENTS);
    }
}
