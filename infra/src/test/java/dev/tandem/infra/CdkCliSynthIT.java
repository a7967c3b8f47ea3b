package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code cdk synth}, run by the pinned CDK CLI without network access to anything, writes the very
 * templates that the Maven build wrote to {@code cdk.out}: what a user deploys is what was tested.
 *
 * <p>The CLI runs without AWS credentials or configuration, as on a machine with no account: it
 * then tells the app no account, and the stacks stay environment-agnostic, as Maven writes them
 * (see {@link TandemConfig#from}). A developer's own credentials would otherwise bind them.
 */
class CdkCliSynthIT {

    private static final Path MAVEN_OUT = Path.of("cdk.out");
    private static final Path CLI_OUT = Path.of("target", "cli-synth");

    @Test
    void cliSynthesisMatchesTheMavenBuild() throws IOException, InterruptedException {
        ProcessBuilder synth = new ProcessBuilder(
                        "node_modules/.bin/cdk", "synth", "--quiet", "--no-notices", "--output", CLI_OUT.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "cli-synth.log").toFile());
        Map<String, String> environment = synth.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("CDK_"));
        Path nowhere = Path.of("target", "no-aws-config").toAbsolutePath();
        environment.put("AWS_CONFIG_FILE", nowhere.toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", nowhere.toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        Process cdk = synth.start();
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
