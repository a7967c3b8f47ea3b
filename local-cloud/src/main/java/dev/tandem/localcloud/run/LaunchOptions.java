package dev.tandem.localcloud.run;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * How {@code TandemLocal} was asked to run: where the synthesized app is, which port the service
 * listens on ({@code TANDEM_HTTP_PORT}, default 8080), the admin token ({@code TANDEM_ADMIN_TOKEN},
 * or a fresh random one), and whether to run the demo tour and exit.
 */
record LaunchOptions(Path cloudAssembly, int httpPort, String adminToken, boolean generatedToken, boolean demo) {

    static final String USAGE = "usage: TandemLocal [--cdk-out DIR] [--demo]";

    static LaunchOptions parse(List<String> args, Map<String, String> environment) {
        Path cloudAssembly = Path.of("infra", "cdk.out");
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--demo" -> demo = true;
                case "--cdk-out" -> {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException("--cdk-out needs a directory; " + USAGE);
                    }
                    cloudAssembly = Path.of(args.get(++i));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args.get(i) + "; " + USAGE);
            }
        }
        int port = Integer.parseInt(environment.getOrDefault("TANDEM_HTTP_PORT", "8080"));
        String token = environment.get("TANDEM_ADMIN_TOKEN");
        boolean generated = token == null || token.isBlank();
        return new LaunchOptions(cloudAssembly, port, generated ? randomToken() : token, generated, demo);
    }

    private static String randomToken() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
