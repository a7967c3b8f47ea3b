package dev.tandem.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the AWS CLI as a child process with nothing of the machine's AWS set-up: no config or credentials file, no
 * pager, no instance metadata; only the key pair and region given. Debian's package ({@code apt-get install
 * awscli}) is preferred where it is installed, else the first {@code aws} on the {@code PATH}.
 */
final class AwsCli {

    private static final Path DEBIAN_PACKAGE = Path.of("/usr/bin/aws");

    private final Path executable;
    private final Map<String, String> environment;
    private final Path workDirectory;

    private AwsCli(Path executable, Map<String, String> environment, Path workDirectory) {
        this.executable = executable;
        this.environment = environment;
        this.workDirectory = workDirectory;
    }

    /** The CLI, signing as {@code settings}' key pair in its region; fails the test if no CLI is installed. */
    static AwsCli of(LocalAwsSettings settings, Path workDirectory) {
        Path executable = find().orElseGet(() -> fail("The AWS CLI is not installed: 'apt-get install -y awscli'"
                + " (as .ci/run does) puts it at " + DEBIAN_PACKAGE));
        return new AwsCli(
                executable,
                Map.ofEntries(
                        Map.entry("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")),
                        Map.entry("HOME", workDirectory.toString()),
                        Map.entry("LANG", "C.UTF-8"),
                        Map.entry("AWS_ACCESS_KEY_ID", settings.credentials().accessKeyId()),
                        Map.entry(
                                "AWS_SECRET_ACCESS_KEY", settings.credentials().secretAccessKey()),
                        Map.entry("AWS_REGION", settings.region().id()),
                        Map.entry("AWS_DEFAULT_REGION", settings.region().id()),
                        Map.entry("AWS_CONFIG_FILE", "/dev/null"),
                        Map.entry("AWS_SHARED_CREDENTIALS_FILE", "/dev/null"),
                        Map.entry("AWS_PAGER", ""),
                        Map.entry("AWS_EC2_METADATA_DISABLED", "true")),
                workDirectory);
    }

    /** What the CLI prints for {@code --version}, e.g. {@code aws-cli/2.9.19 Python/3.11.2 ...}. */
    String version() {
        return run(List.of("--version")).trim();
    }

    /**
     * Runs {@code aws ARGS --output json} and answers what it printed.
     *
     * @throws AssertionError with the CLI's error output if it exits with anything but 0
     */
    String run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        if (!arguments.equals(List.of("--version"))) {
            command.addAll(List.of("--output", "json"));
        }
        try {
            Path out = Files.createTempFile(workDirectory, "aws", ".out");
            Path err = Files.createTempFile(workDirectory, "aws", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDirectory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("'aws " + String.join(" ", arguments) + "' did not finish within 90 s");
            }
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as("'aws %s' failed: %s", String.join(" ", arguments), Files.readString(err))
                    .isZero();
            return printed;
        } catch (IOException e) {
            throw new AssertionError("Could not run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + executable, e);
        }
    }

    private static Optional<Path> find() {
        if (Files.isExecutable(DEBIAN_PACKAGE)) {
            return Optional.of(DEBIAN_PACKAGE);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, "aws"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
