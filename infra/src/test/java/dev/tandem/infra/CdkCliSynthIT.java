package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code cdk synth}, run by the pinned CDK CLI without network access to anything, writes the very
 * templates that the Maven build wrote to {@code cdk.out}: what a user deploys is what was tested.
 */
class CdkCliSynthIT {

    private static final Path MAVEN_OUT = Path.of("cdk.out");
    private static final Path CLI_OUT = Path.of("target", "cli-synth");

    @Test
    void cliSynthesisMatchesTheMavenBuild() throws IOException, InterruptedException {
        Process cdk = new ProcessBuilder(
                        "node_modules/.bin/cdk", "synth", "--quiet", "--no-notices", "--output", CLI_OUT.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "cli-synth.log").toFile())
                .start();
        assertThat(cdk.waitFor(3, TimeUnit.MINUTES)).as("cdk synth finished").isTrue();
        assertThat(cdk.exitValue())
                .as("cdk synth exit code; see target/cli-synth.log")
                .isZero();

        List<Path> templates = templatesIn(MAVEN_OUT);
        assertThat(templates).hasSize(6);
        assertThat(templatesIn(CLI_OUT)).hasSameSizeAs(templates);
        for (Path template : templates) {
            assertThat(CLI_OUT.resolve(template.getFileName()))
                    .as(template.getFileName().toString())
                    .hasSameTextualContentAs(template);
        }
    }

    private static List<Path> templatesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".template.json"))
                    .sorted()
                    .toList();
        }
    }
}
