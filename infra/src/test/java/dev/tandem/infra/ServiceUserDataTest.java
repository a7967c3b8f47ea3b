package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

/**
 * The instances' boot script, as the backend template carries it, checked offline: by ShellCheck,
 * and by running it in a scratch root with stand-in commands ({@code dnf}, {@code aws}, {@code
 * systemctl}, {@code cfn-signal}, ...) that record their arguments.
 */
class ServiceUserDataTest {

    private static final Template template = Template.fromStack(TestStacks.get().backend());

    private static final String REGION = "eu-west-1";

    private static final String SCRIPT = bootScript();

    @TempDir
    Path root;

    private Path calls;

    @BeforeEach
    void layOutTheInstance() throws IOException {
        Files.createDirectories(root.resolve("etc/systemd/system"));
        calls = root.resolve("calls.log");
    }

    @Test
    void passesShellcheck() throws IOException, InterruptedException {
        Path script = root.resolve("user-data.sh");
        Files.writeString(script, SCRIPT);
        Process shellcheck = new ProcessBuilder("shellcheck", "--shell=bash", script.toString())
                .redirectErrorStream(true)
                .start();
        String findings = new String(shellcheck.getInputStream().readAllBytes());
        assertThat(shellcheck.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(findings).isEmpty();
        assertThat(shellcheck.exitValue()).isZero();
    }

    @Test
    void installsDownloadsConfiguresStartsWaitsForReadinessThenSignalsSuccess() throws Exception {
        assertThat(run(Map.of())).isZero();

        assertThat(recordedCalls())
                .containsSubsequence(
                        "dnf install -y java-25-amazon-corretto-headless aws-cfn-bootstrap",
                        "useradd --system --home-dir /opt/tandem --shell /sbin/nologin tandem",
                        "aws s3 cp s3://" + jarObject() + " " + root + "/opt/tandem/service.jar --region " + REGION,
                        "aws secretsmanager get-secret-value --region " + REGION
                                + " --secret-id ref-AdminToken --query SecretString --output text",
                        "systemctl daemon-reload",
                        "systemctl enable --now tandem",
                        "curl --silent --fail --max-time 5 --output /dev/null"
                                + " http://127.0.0.1:8080/actuator/health/readiness",
                        signal() + " --exit-code 0")
                .noneMatch(call -> call.contains("--exit-code 1"));
    }

    @Test
    void unitStartsTheJarWithTheEnvironmentTheTemplateLists() throws Exception {
        assertThat(run(Map.of())).isZero();

        assertThat(Files.readAllLines(root.resolve("etc/systemd/system/tandem.service")))
                .contains(
                        "User=tandem",
                        "EnvironmentFile=/etc/tandem/service.env",
                        "ExecStart=/usr/bin/java -XX:MaxRAMPercentage=60 -jar /opt/tandem/service.jar");
        assertThat(root.resolve("opt/tandem/service.jar")).exists();
        List<String> expected = serviceEnvironment().entrySet().stream()
                .map(variable -> variable.getKey() + "=" + variable.getValue())
                .collect(Collectors.toList());
        expected.add("TANDEM_ADMIN_TOKEN=stub-token");
        assertThat(Files.readAllLines(root.resolve("etc/tandem/service.env")))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void failedTokenFetchStopsTheBootAndSignalsFailure() throws Exception {
        assertThat(run(Map.of("STUB_SECRET_FAILS", "yes"))).isNotZero();

        assertThat(recordedCalls())
                .anyMatch(call -> call.startsWith("aws secretsmanager"))
                .anyMatch(call -> call.startsWith(signal() + " --exit-code 1 --reason Tandem boot failed at line"))
                .noneMatch(call -> call.startsWith("systemctl"))
                .noneMatch(call -> call.contains("--exit-code 0"));
        assertThat(root.resolve("etc/tandem/service.env")).doesNotExist();
    }

    @Test
    void emptyTokenStopsTheBootAndSignalsFailure() throws Exception {
        assertThat(run(Map.of("STUB_SECRET", ""))).isNotZero();

        assertThat(recordedCalls())
                .anyMatch(call -> call.startsWith(signal() + " --exit-code 1"))
                .noneMatch(call -> call.startsWith("systemctl"));
    }

    @Test
    void retriesDnfABoundedNumberOfTimes() throws Exception {
        assertThat(run(Map.of("STUB_DNF_FAILURES", "2"))).isZero();
        assertThat(recordedCalls()).filteredOn(call -> call.startsWith("dnf")).hasSize(3);

        Files.delete(calls);
        assertThat(run(Map.of("STUB_DNF_FAILURES", "99"))).isNotZero();
        assertThat(recordedCalls()).filteredOn(call -> call.startsWith("dnf")).hasSize(ServiceUserData.DNF_ATTEMPTS);
        assertThat(recordedCalls()).noneMatch(call -> call.startsWith("aws"));
    }

    @Test
    void serviceThatNeverBecomesReadySignalsFailure() throws Exception {
        assertThat(run(Map.of("STUB_NOT_READY", "yes"))).isNotZero();

        assertThat(recordedCalls())
                .filteredOn(call -> call.startsWith("curl"))
                .hasSize(ServiceUserData.READINESS_ATTEMPTS);
        assertThat(recordedCalls())
                .anyMatch(call -> call.startsWith(signal() + " --exit-code 1"))
                .noneMatch(call -> call.contains("--exit-code 0"));
    }

    /** Runs the boot script with stand-in commands; returns its exit status. */
    private int run(Map<String, String> behaviour) throws IOException, InterruptedException {
        Path stubs = StubCommands.write(root.resolve("stubs"));
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", SCRIPT)
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("boot.log").toFile());
        Map<String, String> environment = bash.environment();
        environment.put("PATH", stubs + ":/usr/bin:/bin");
        environment.put("TANDEM_ROOT", root.toString());
        environment.put("STUB_LOG", calls.toString());
        environment.put("STUB_SECRET", "stub-token");
        environment.putAll(behaviour);
        Process process = bash.start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES))
                .as("boot script finished")
                .isTrue();
        return process.exitValue();
    }

    private List<String> recordedCalls() throws IOException {
        return Files.readAllLines(calls);
    }

    private static String signal() {
        String group = template.findResources("AWS::AutoScaling::AutoScalingGroup")
                .keySet()
                .iterator()
                .next();
        return "cfn-signal --stack " + TemplateValues.STACK_NAME + " --resource " + group + " --region " + REGION;
    }

    /** The service jar's asset in the CDK bootstrap bucket, as the pseudo parameters resolve. */
    private static String jarObject() {
        return "cdk-hnb659fds-assets-" + TemplateValues.ACCOUNT + "-" + REGION + "/"
                + groupMetadata().get(BackendStack.SERVICE_JAR_METADATA);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> groupMetadata() {
        Map<String, Object> group = (Map<String, Object>) template.findResources("AWS::AutoScaling::AutoScalingGroup")
                .values()
                .iterator()
                .next();
        return (Map<String, Object>) group.get("Metadata");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> serviceEnvironment() {
        Map<String, Object> variables =
                (Map<String, Object>) groupMetadata().get(BackendStack.SERVICE_ENVIRONMENT_METADATA);
        return variables.entrySet().stream()
                .collect(
                        Collectors.toMap(Map.Entry::getKey, entry -> TemplateValues.resolve(entry.getValue(), REGION)));
    }

    @SuppressWarnings("unchecked")
    private static String bootScript() {
        Map<String, Object> launchTemplate = (Map<String, Object>) template.findResources("AWS::EC2::LaunchTemplate")
                .values()
                .iterator()
                .next();
        Map<String, Object> data = (Map<String, Object>)
                ((Map<String, Object>) launchTemplate.get("Properties")).get("LaunchTemplateData");
        Object userData = ((Map<String, Object>) data.get("UserData")).get("Fn::Base64");
        return TemplateValues.resolve(userData, REGION);
    }
}
