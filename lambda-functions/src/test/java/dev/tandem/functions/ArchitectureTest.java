package dev.tandem.functions;

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
 * What keeps the functions small and apart: no Spring (a function pays for every class it loads at cold start), of
 * the project's code only shared-model's events (never the service's), and no cycles between their packages.
 */
class ArchitectureTest {

    private static final JavaClasses FUNCTIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem.functions");

    @Test
    void useNoSpring() {
        noClasses()
                .that()
                .resideInAPackage("dev.tandem.functions..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .because("the functions are plain Java handlers: Spring would lengthen every cold start")
                .check(FUNCTIONS);
    }

    @Test
    void shareNoCodeWithTheRestOfTandemButTheEvents() {
        noClasses()
                .that()
                .resideInAPackage("dev.tandem.functions..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.tandem..")
                        .and(not(resideInAnyPackage("dev.tandem.functions..", "dev.tandem.events.."))))
                .because("the service and the functions share shared-model only")
                .check(FUNCTIONS);
    }

    @Test
    void haveNoPackageCycles() {
        slices().matching("dev.tandem.functions.(*)..")
                .should()
                .beFreeOfCycles()
                .check(FUNCTIONS);
    }
}
