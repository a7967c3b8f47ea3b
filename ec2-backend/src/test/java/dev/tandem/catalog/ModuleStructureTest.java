package dev.tandem.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    /** What opens a table cell in a module canvas (AsciiDoc). */
    private static final String CELL = "|";

    private static final ApplicationModules MODULES = ApplicationModules.of(CatalogApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyAsTheirPackageInfoAllowsAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void drawsTheModulesAndTheirDependenciesIntoTheDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }

        assertThat(DIAGRAMS.resolve("components.puml")).content().contains("Order", "Outbox", "Inbox");
    }

    /**
     * The Documenter lists components, relationships and a canvas's entries in hash order, which differs from run to
     * run; sorted, the files change only when the modules do. Each run of such lines is sorted in place (a canvas's
     * list keeps its table cell's {@code |} on its first line), which changes neither what PlantUML draws nor what a
     * canvas says.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            boolean listed = isListed(line);
            if (!listed || line.startsWith(CELL + "* ")) {
                flush(run, sorted);
            }
            (listed ? run : sorted).add(line);
        }
        flush(run, sorted);
        return sorted;
    }

    private static boolean isListed(String line) {
        String entry = line.strip();
        return entry.startsWith("Component(")
                || entry.startsWith("Rel(")
                || entry.startsWith("* ")
                || entry.startsWith(CELL + "* ");
    }

    private static void flush(List<String> run, List<String> into) {
        if (run.isEmpty()) {
            return;
        }
        boolean opensCell = run.getFirst().startsWith(CELL);
        List<String> entries = run.stream()
                .map(line -> opensCell && line.startsWith(CELL) ? line.substring(CELL.length()) : line)
                .sorted()
                .toList();
        into.add((opensCell ? CELL : "") + entries.getFirst());
        into.addAll(entries.subList(1, entries.size()));
        run.clear();
    }
}
