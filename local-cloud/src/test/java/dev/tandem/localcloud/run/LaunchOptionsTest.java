package dev.tandem.localcloud.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.iam.IamMode;
import dev.tandem.localcloud.stack.AwsEndpoints;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void runsOnLocalCloudWithADefaultPortAndAGeneratedTokenWhenToldNothing() {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of());

        assertThat(options.cloudAssembly()).isEqualTo(Path.of("infra", "cdk.out"));
        assertThat(options.httpPort()).isEqualTo(8080);
        assertThat(options.local().edgePort()).isEqualTo(4566);
        assertThat(options.generatedToken()).isTrue();
        assertThat(options.adminToken()).hasSize(40);
        assertThat(options.demo()).isFalse();
        assertThat(options.lab()).isFalse();
        assertThat(options.seed()).isTrue();
        assertThat(options.emulator()).isEmpty();
    }

    @Test
    void runsTheDecisionLabWhenToldLab() {
        LaunchOptions options = LaunchOptions.parse(List.of("--lab"), Map.of());

        assertThat(options.lab()).isTrue();
        assertThat(options.demo()).isFalse();
    }

    @Test
    void leavesAnEmptyShopEmptyWhenToldEmpty() {
        LaunchOptions options = LaunchOptions.parse(List.of("--empty", "--demo"), Map.of());

        assertThat(options.seed()).isFalse();
        assertThat(options.demo()).isTrue();
    }

    @Test
    void answersEveryAwsApiOnThePortTandemLocalPortNames() {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of("TANDEM_LOCAL_PORT", "4600"));

        assertThat(options.local().edgePort()).isEqualTo(4600);
    }

    @Test
    void deploysIntoAnEmulatorOnOneEndpointAddressedByIpSoThatS3BucketsGoInThePath() {
        LaunchOptions options = LaunchOptions.parse(
                List.of("--emulator", "http://localhost:4566", "--demo"),
                Map.of("TANDEM_ADMIN_TOKEN", "a-secret-long-enough"));

        AwsEndpoints emulator = options.emulator().orElseThrow();
        URI expected = URI.create("http://127.0.0.1:4566");
        assertThat(emulator.endpoint()).isEqualTo(expected);
        assertThat(emulator.region()).isEqualTo("us-east-1");
        assertThat(emulator.accountId()).isEqualTo("000000000000");
        assertThat(emulator.environment())
                .containsEntry("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")
                .containsEntry("AWS_REGION", "us-east-1");
        assertThat(options.adminToken()).isEqualTo("a-secret-long-enough");
        assertThat(options.demo()).isTrue();
    }

    @Test
    void enforcesIamAndWritesTheTrailUnderTargetUnlessToldOtherwise() {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of());

        assertThat(options.local().iam()).isEqualTo(IamMode.ENFORCE);
        assertThat(options.local().runDirectory()).isEqualTo(Path.of("target", "run-local"));
        assertThat(options.local().liveTrail()).isFalse();
        assertThat(options.local().faultsFile()).isEmpty();
    }

    @Test
    void takesTheIamModeTheLiveTrailAndAFaultsFile() {
        LaunchOptions options = LaunchOptions.parse(
                List.of("--iam", "warn", "--trail", "--faults", "drill.json"), Map.of("TANDEM_RUN_DIR", "/tmp/run"));

        assertThat(options.local().iam()).isEqualTo(IamMode.WARN);
        assertThat(options.local().liveTrail()).isTrue();
        assertThat(options.local().faultsFile()).contains(Path.of("drill.json"));
        assertThat(options.local().runDirectory()).isEqualTo(Path.of("/tmp/run"));
    }

    @Test
    void refusesAnAdminTokenTheServiceWouldRefuseBeforeAnythingStarts() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of(), Map.of("TANDEM_ADMIN_TOKEN", "short")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TANDEM_ADMIN_TOKEN must be at least 16 characters");
        assertThat(LaunchOptions.parse(List.of(), Map.of("TANDEM_ADMIN_TOKEN", "sixteen-chars-ok"))
                        .adminToken())
                .isEqualTo("sixteen-chars-ok");
    }

    @Test
    void refusesAnIamModeItDoesNotKnow() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--iam", "lenient"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enforce, warn or off");
    }

    @Test
    void keepsAnEmulatorHostThatIsNotThisMachinesName() {
        AwsEndpoints emulator = LaunchOptions.parse(List.of("--emulator", "http://docker-host:4566"), Map.of())
                .emulator()
                .orElseThrow();

        assertThat(emulator.endpoint()).isEqualTo(URI.create("http://docker-host:4566"));
    }

    @Test
    void refusesAnEmulatorWithoutAPortOrAnUnknownArgumentWithTheUsage() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--emulator", "localhost"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://localhost:4566");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--emulator"), Map.of()))
                .hasMessageContaining("usage: TandemLocal");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--fast"), Map.of()))
                .hasMessageContaining("unknown argument --fast");
    }
}
