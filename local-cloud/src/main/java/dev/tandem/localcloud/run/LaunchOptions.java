package dev.tandem.localcloud.run;

import dev.tandem.localcloud.iam.IamMode;
import dev.tandem.localcloud.stack.AwsEndpoints;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code TandemLocal} was asked to run: where the synthesized app is, which port local-cloud's edge answers
 * every AWS API on ({@code TANDEM_LOCAL_PORT}, default 4566, as LocalStack and Floci), which port the service
 * listens on ({@code TANDEM_HTTP_PORT}, default 8080), the admin token ({@code TANDEM_ADMIN_TOKEN},
 * or a fresh random one), whether to run the demo tour and exit, whether to run the decision lab and exit ({@code
 * --lab}, which writes its report under the run directory), whether to leave an empty shop empty ({@code
 * --empty}; otherwise {@link ShopSeed} fills it before the banner), and the AWS emulator to deploy into
 * ({@code --emulator http://localhost:4566}) instead of local-cloud; and for local-cloud, how strictly IAM applies
 * the template's policies ({@code --iam enforce|warn|off}, enforce by default), whether every AWS call is printed as
 * it happens ({@code --trail}), and a file of faults to inject from the start ({@code --faults FILE}). The run's
 * call trail and IAM report go to {@code TANDEM_RUN_DIR} ({@code target/run-local} by default).
 */
record LaunchOptions(
        Path cloudAssembly,
        LocalCloudOptions local,
        int httpPort,
        String adminToken,
        boolean generatedToken,
        boolean demo,
        boolean lab,
        boolean seed,
        Optional<AwsEndpoints> emulator) {

    /** The service's own minimum ({@code TandemProperties.Admin}), checked here before anything starts. */
    static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    static final String USAGE =
            "usage: TandemLocal [--cdk-out DIR] [--emulator URL] [--demo] [--lab] [--empty] [--iam enforce|warn|off]"
                    + " [--trail] [--faults FILE]";

    static LaunchOptions parse(List<String> args, Map<String, String> environment) {
        Path cloudAssembly = Path.of("infra", "cdk.out");
        boolean demo = false;
        boolean lab = false;
        boolean seed = true;
        Optional<AwsEndpoints> emulator = Optional.empty();
        IamMode iam = IamMode.ENFORCE;
        boolean liveTrail = false;
        Optional<Path> faults = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--demo" -> demo = true;
                case "--lab" -> lab = true;
                case "--empty" -> seed = false;
                case "--cdk-out" -> {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException("--cdk-out needs a directory; " + USAGE);
                    }
                    cloudAssembly = Path.of(args.get(++i));
                }
                case "--emulator" -> {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException("--emulator needs a URL; " + USAGE);
                    }
                    emulator = Optional.of(emulator(args.get(++i)));
                }
                case "--trail" -> liveTrail = true;
                case "--iam" -> {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException("--iam needs enforce, warn or off; " + USAGE);
                    }
                    iam = iamMode(args.get(++i));
                }
                case "--faults" -> {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException("--faults needs a file; " + USAGE);
                    }
                    faults = Optional.of(Path.of(args.get(++i)));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args.get(i) + "; " + USAGE);
            }
        }
        int edgePort = Integer.parseInt(environment.getOrDefault("TANDEM_LOCAL_PORT", "4566"));
        int port = Integer.parseInt(environment.getOrDefault("TANDEM_HTTP_PORT", "8080"));
        String token = environment.get("TANDEM_ADMIN_TOKEN");
        boolean generated = token == null || token.isBlank();
        if (!generated && token.length() < MIN_ADMIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("TANDEM_ADMIN_TOKEN must be at least " + MIN_ADMIN_TOKEN_LENGTH
                    + " characters, as the service refuses a shorter one; unset it to get a generated one");
        }
        Path runDirectory = Path.of(environment.getOrDefault("TANDEM_RUN_DIR", "target/run-local"));
        LocalCloudOptions local = new LocalCloudOptions(edgePort, iam, runDirectory, liveTrail, faults);
        return new LaunchOptions(
                cloudAssembly, local, port, generated ? randomToken() : token, generated, demo, lab, seed, emulator);
    }

    /** Floci and LocalStack both answer on one endpoint, in us-east-1, as account 000000000000 by default. */
    private static AwsEndpoints emulator(String url) {
        URI endpoint = URI.create(url);
        if (endpoint.getScheme() == null || endpoint.getHost() == null || endpoint.getPort() < 0) {
            throw new IllegalArgumentException(
                    "--emulator needs a URL with a scheme, host and port, like http://localhost:4566; got " + url);
        }
        return AwsEndpoints.emulator(endpoint, AwsEndpoints.EMULATOR_REGION, AwsEndpoints.EMULATOR_ACCOUNT);
    }

    private static IamMode iamMode(String mode) {
        return switch (mode) {
            case "enforce" -> IamMode.ENFORCE;
            case "warn" -> IamMode.WARN;
            case "off" -> IamMode.OFF;
            default -> throw new IllegalArgumentException("--iam takes enforce, warn or off, not " + mode);
        };
    }

    private static String randomToken() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
