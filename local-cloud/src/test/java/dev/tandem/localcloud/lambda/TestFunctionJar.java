package dev.tandem.localcloud.lambda;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.tandem.localcloud.lambda.testfunctions.EchoHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.joda.time.DateTime;

/**
 * Packages the test functions ({@code dev.tandem.localcloud.lambda.testfunctions}) the way a
 * function's deployment jar is packaged: their classes plus the libraries they use beyond the
 * runtime's own ({@code aws-lambda-java-events} and the Joda-Time it needs), in one jar.
 */
public final class TestFunctionJar {

    private static final String PACKAGE_PATH =
            EchoHandler.class.getPackageName().replace('.', '/');

    private TestFunctionJar() {}

    public static Path buildIn(Path directory) throws IOException {
        Path jar = directory.resolve("test-functions.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Path classes = location(EchoHandler.class);
            try (Stream<Path> files = Files.walk(classes.resolve(PACKAGE_PATH))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            addLibrary(out, location(SQSEvent.class));
            addLibrary(out, location(DateTime.class));
        }
        return jar;
    }

    /** Copies a library's classes in, as a shading plugin would; its manifest and signatures stay out. */
    private static void addLibrary(JarOutputStream out, Path library) throws IOException {
        try (JarFile jar = new JarFile(library.toFile())) {
            for (JarEntry entry : jar.stream()
                    .filter(entry -> !entry.isDirectory() && !entry.getName().startsWith("META-INF/"))
                    .toList()) {
                try (InputStream content = jar.getInputStream(entry)) {
                    add(out, entry.getName(), content.readAllBytes());
                }
            }
        }
    }

    private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
