package dev.tandem.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The service's packages as Spring Modulith application modules: no cycles between them, and each dependency one
 * that the module's {@code package-info} allows (the shared modules, {@code config}, {@code dynamodb}, {@code ids}
 * and {@code web}, and the messaging ones, {@code outbox} and {@code inbox}, may depend on no feature). The same
 * model is drawn into {@code docs/modules} at the repository's root on every build, so the diagrams there are the
 * code's: a build that changes no dependency between modules rewrites them byte for byte.
 */
class ModuleStructureTest {

    /** Relative to ec2-backend, where Maven runs its tests. */
    private static final Path DIAGRAMS = Path.of("..", "docs", "modules");

    private static final ApplicationModules MODULES = ApplicationModules.of(CatalogApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyAsTheirPackageInfoAllowsAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void drawsTheModulesAndTheirDependenciesIntoTheDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(DIAGRAMS.resolve("components.puml")).content().contains("Order", "Outbox", "Inbox");
    }
}
