package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;

class TandemConfigTest {

    @Test
    void offlineSynthesisIsEnvironmentAgnosticEvenWithTheClisDefaultRegion() {
        // What the CDK CLI sets when it finds no credentials: a region (its us-east-1 fallback), no account.
        TandemConfig config = config(Map.of(), Map.of("CDK_DEFAULT_REGION", "us-east-1"));

        assertThat(config.environment()).isEmpty();
    }

    @Test
    void bindsTheStacksToTheClisAccountAndRegionWhenItFoundCredentials() {
        TandemConfig config =
                config(Map.of(), Map.of("CDK_DEFAULT_ACCOUNT", "123456789012", "CDK_DEFAULT_REGION", "eu-west-1"));

        assertThat(config.environment())
                .get()
                .extracting(Environment::getAccount, Environment::getRegion)
                .containsExactly("123456789012", "eu-west-1");
    }

    @Test
    void contextOverridesTheClisEnvironment() {
        TandemConfig config = config(
                Map.of("account", "210987654321", "region", "eu-central-1"),
                Map.of("CDK_DEFAULT_ACCOUNT", "123456789012", "CDK_DEFAULT_REGION", "eu-west-1"));

        assertThat(config.environment())
                .get()
                .extracting(Environment::getAccount, Environment::getRegion)
                .containsExactly("210987654321", "eu-central-1");
    }

    @Test
    void refusesRegionsWithoutLambdaSnapStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> config(Map.of("region", "ap-southeast-6"), Map.of()))
                .withMessageContaining("SnapStart");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> config(Map.of("region", "cn-north-1"), Map.of()))
                .withMessageContaining("SnapStart");
    }

    @Test
    void readsTheOptionalSettingsAndTreatsBlankAsAbsent() {
        TandemConfig config = config(Map.of("certificateArn", TestStacks.CERTIFICATE_ARN, "alarmEmail", " "), Map.of());

        assertThat(config.certificateArn()).contains(TestStacks.CERTIFICATE_ARN);
        assertThat(config.serviceDomain()).isEmpty();
        assertThat(config.alarmEmail()).isEmpty();
    }

    @Test
    void aServiceDomainNeedsACertificate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> config(Map.of("serviceDomain", "shop.example.com"), Map.of()))
                .withMessageContaining("certificateArn");
    }

    private static TandemConfig config(Map<String, String> options, Map<String, String> variables) {
        Path assets = Path.of("target", "test-assets");
        Map<String, Object> context = new TreeMap<>(options);
        context.put("serviceJar", TestStacks.standIn(assets, "ec2-backend.jar"));
        context.put("imageResizerJar", TestStacks.standIn(assets, "image-resizer.jar"));
        context.put("paymentProcessorJar", TestStacks.standIn(assets, "payment-processor.jar"));
        App app = new App(AppProps.builder().context(context).build());
        return TandemConfig.from(app.getNode(), variables);
    }
}
