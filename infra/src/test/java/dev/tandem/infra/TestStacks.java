package dev.tandem.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * The app as the tests see it, synthesized once per test JVM. The jar assets are small stand-ins:
 * these tests are about the templates, and must not depend on the other modules having been built.
 */
final class TestStacks {

    static final String ENV = "test";

    /** The ACM certificate ARN of {@link #withCertificate()}. */
    static final String CERTIFICATE_ARN =
            "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-4000-8000-000000000000";

    static final String ALARM_EMAIL = "ops@example.com";

    private static TandemStacks stacks;
    private static TandemStacks withCertificate;

    private TestStacks() {}

    /** Environment-agnostic, as offline synthesis writes them; HTTP only; alarms mailed to {@link #ALARM_EMAIL}. */
    static synchronized TandemStacks get() {
        if (stacks == null) {
            stacks = synthesize(Map.of("alarmEmail", ALARM_EMAIL));
        }
        return stacks;
    }

    /** Bound to an account and region, with a certificate for HTTPS and a domain of its own. */
    static synchronized TandemStacks withCertificate() {
        if (withCertificate == null) {
            withCertificate = synthesize(Map.of(
                    "account", "123456789012",
                    "region", "eu-west-1",
                    "certificateArn", CERTIFICATE_ARN,
                    "serviceDomain", "shop.example.com"));
        }
        return withCertificate;
    }

    private static TandemStacks synthesize(Map<String, String> options) {
        Path assets = Path.of("target", "test-assets");
        Map<String, Object> context = new TreeMap<>(options);
        context.put("env", ENV);
        context.put("serviceJar", standIn(assets, "ec2-backend.jar"));
        context.put("imageResizerJar", standIn(assets, "image-resizer.jar"));
        context.put("paymentProcessorJar", standIn(assets, "payment-processor.jar"));
        App app = new App(AppProps.builder().context(context).build());
        return TandemStacks.create(app, TandemConfig.from(app.getNode(), Map.of()));
    }

    static String standIn(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Path jar = folder.resolve(name);
            Files.writeString(jar, "stand-in for " + name);
            return jar.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
