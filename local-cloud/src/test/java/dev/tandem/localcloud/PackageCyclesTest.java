package dev.tandem.localcloud;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * local-cloud's packages depend on each other in one direction only: a reader can learn a package from the ones
 * below it, and a package can change without dragging the ones above it along. Every package is its own slice, the
 * root one ({@code LocalAws}) and sub-packages included, so {@code lambda} and {@code lambda.runtime} may not need
 * each other either.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem.localcloud");

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("dev.tandem.(**)").should().beFreeOfCycles().check(MAIN_CLASSES);
    }
}
