package dev.tandem.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack deployed to a sandbox account, as the {@code aws} target finds it: the service's URL from the outputs
 * file that {@code cdk deploy --outputs-file} wrote, and the admin token from {@code TANDEM_ADMIN_TOKEN} (the
 * README shows how to read it from Secrets Manager). Queues and tables are then found by their names, in the
 * region and with the credentials of the environment.
 */
final class DeployedStack {

    static final String OUTPUTS = "tandem.e2e.aws.outputs";

    private static final String BACKEND_STACK = Deployment.PREFIX + "backend";

    private DeployedStack() {}

    static RunningTandem read() {
        Path outputs = Path.of(System.getProperty(OUTPUTS, "../infra/cdk-outputs.json"));
        if (!Files.isRegularFile(outputs)) {
            throw new IllegalStateException(
                    "target aws needs the deployed stack's outputs in " + outputs.toAbsolutePath()
                            + ": deploy with `npx cdk deploy --all --outputs-file cdk-outputs.json` from infra/, or point -D"
                            + OUTPUTS + " at the file");
        }
        JsonNode serviceUrl = readJson(outputs).path(BACKEND_STACK).path("ServiceUrl");
        if (!serviceUrl.isString()) {
            throw new IllegalStateException(outputs + " has no ServiceUrl output of stack " + BACKEND_STACK
                    + "; was it deployed with env=sandbox?");
        }
        String token = System.getenv("TANDEM_ADMIN_TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("target aws needs the deployed admin token in TANDEM_ADMIN_TOKEN: "
                    + "aws secretsmanager get-secret-value --secret-id " + Deployment.PREFIX
                    + "admin-token --query SecretString --output text");
        }
        return new RunningTandem(URI.create(serviceUrl.asString()), token, AwsAccess.account());
    }

    private static JsonNode readJson(Path file) {
        try {
            return JsonMapper.shared().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
