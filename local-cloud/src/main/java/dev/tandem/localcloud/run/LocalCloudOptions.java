package dev.tandem.localcloud.run;

import dev.tandem.localcloud.iam.IamMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How local-cloud runs the app: the port of its edge, how strictly IAM applies the template's policies, where the
 * run's call trail and IAM report are written, whether the trail is also printed live, and a file of faults to
 * inject from the start.
 *
 * @param edgePort the port every AWS API answers on; 0 for a free one
 * @param runDirectory where {@code trail.jsonl} and the IAM report ({@code iam-report.txt}, {@code
 *     iam-report.json}) go
 * @param liveTrail whether each call is also printed as it happens ({@code --trail})
 * @param faultsFile fault rules to load at start-up ({@code --faults FILE}), in the control endpoint's JSON
 */
public record LocalCloudOptions(
        int edgePort, IamMode iam, Path runDirectory, boolean liveTrail, Optional<Path> faultsFile) {

    public LocalCloudOptions {
        Objects.requireNonNull(iam, "iam");
        Objects.requireNonNull(runDirectory, "runDirectory");
        Objects.requireNonNull(faultsFile, "faultsFile");
    }

    /** What tests get: a free port, IAM enforced, the trail in a new temporary directory, nothing printed live. */
    public static LocalCloudOptions forTests() {
        try {
            return new LocalCloudOptions(
                    0, IamMode.ENFORCE, Files.createTempDirectory("tandem-run-"), false, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the run's trail", e);
        }
    }

    public LocalCloudOptions withIam(IamMode mode) {
        return new LocalCloudOptions(edgePort, mode, runDirectory, liveTrail, faultsFile);
    }

    public LocalCloudOptions withRunDirectory(Path directory) {
        return new LocalCloudOptions(edgePort, iam, directory, liveTrail, faultsFile);
    }
}
