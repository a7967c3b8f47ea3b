package dev.tandem.catalog;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What holds the service apart from the rest of Tandem: of the project's code it uses only shared-model's events (never
 * the functions', never local-cloud's), and its packages form no cycle. {@link ModuleStructureTest} holds the
 * boundaries between its own modules.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem.catalog");

    @Test
    void sharesNoCodeWithTheRestOfTandemButTheEvents() {
        noClasses()
                .that()
                .resideInAPackage("dev.tandem.catalog..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.tandem..")
                        .and(not(resideInAnyPackage("dev.tandem.catalog..", "dev.tandem.events.."))))
                .because("the service and the functions share shared-model only")
                .check(SERVICE);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("dev.tandem.catalog.(*)..").should().beFreeOfCycles().check(SERVICE);
    }
}
