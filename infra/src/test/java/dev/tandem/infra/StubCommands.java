package dev.tandem.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stand-ins for the commands the boot script calls on an instance. Each appends its name and
 * arguments to the file {@code $STUB_LOG} and then behaves as the test asks through environment
 * variables: {@code STUB_DNF_FAILURES} (dnf fails that many times), {@code STUB_SECRET} (the admin
 * token Secrets Manager returns), {@code STUB_SECRET_FAILS} (the call fails), {@code
 * STUB_NOT_READY} (the readiness check never answers).
 */
final class StubCommands {

    private static final Map<String, String> BEHAVIOUR = new TreeMap<>(Map.of(
            "dnf",
            """
            failures=$(wc -l < "$STUB_LOG.dnf" 2>/dev/null || echo 0)
            echo attempt >> "$STUB_LOG.dnf"
            [ "$failures" -ge "${STUB_DNF_FAILURES:-0}" ]
            """,
            "aws",
            """
            case "$1 $2" in
              "s3 cp") printf 'jar' > "$4" ;;
              "secretsmanager get-secret-value")
                [ -z "${STUB_SECRET_FAILS:-}" ] || { echo 'AccessDeniedException' >&2; exit 254; }
                printf '%s\\n' "$STUB_SECRET" ;;
            esac
            """,
            "curl",
            """
            [ -z "${STUB_NOT_READY:-}" ]
            """,
            // The user does not exist yet, as on a new instance.
            "id",
            "exit 1\n",
            "cfn-signal",
            "",
            "chown",
            "",
            "systemctl",
            "",
            "useradd",
            "",
            "sleep",
            ""));

    private StubCommands() {}

    /** Writes the stand-ins into {@code folder}; returns it, to go first on {@code PATH}. */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> command : BEHAVIOUR.entrySet()) {
            Path stub = folder.resolve(command.getKey());
            Files.writeString(
                    stub, "#!/bin/sh\necho \"" + command.getKey() + " $*\" >> \"$STUB_LOG\"\n" + command.getValue());
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return folder;
    }
}
