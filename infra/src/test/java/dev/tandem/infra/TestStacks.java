package dev.tandem.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * The app as the tests see it, synthesized once per test JVM. The jar assets are small stand-ins:
 * these tests are about the templates, and must not depend on the other modules having been built.
 */
final class TestStacks {

    static final String ENV = "test";

    private static TandemStacks stacks;

    private TestStacks() {}

    static synchronized TandemStacks get() {
        if (stacks == null) {
            Path assets = Path.of("target", "test-assets");
            App app = new App(AppProps.builder()
                    .context(Map.of(
                            "env", ENV,
                            "serviceJar", standIn(assets, "ec2-backend.jar"),
                            "imageResizerJar", standIn(assets, "image-resizer.jar"),
                            "paymentProcessorJar", standIn(assets, "payment-processor.jar")))
                    .build());
            stacks = TandemStacks.create(app, TandemConfig.from(app.getNode()));
        }
        return stacks;
    }

    private static String standIn(Path folder, String name) {
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
