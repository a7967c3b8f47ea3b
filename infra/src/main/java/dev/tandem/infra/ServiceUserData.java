package dev.tandem.infra;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * The boot script of a service instance (Amazon Linux 2023, arm64): installs Corretto 25 and the
 * CloudFormation helper scripts from the Amazon Linux repositories (served from S3, so the S3
 * gateway endpoint suffices), copies the service jar from its CDK asset, writes the service's
 * environment, runs it under systemd as an unprivileged user, waits until its readiness check
 * answers on the instance, and only then tells CloudFormation the instance is ready. Any step that
 * fails signals failure instead, so a deployment fails in minutes rather than at the signal
 * timeout, and a rolling update keeps the old instance.
 *
 * <p>The admin token is read from Secrets Manager at boot, so it never appears in the template or
 * the launch template.
 *
 * <p>Every path the script writes is under {@code $TANDEM_ROOT}, which is unset on an instance (so
 * the paths are the usual absolute ones) and a scratch directory when the tests run the script.
 */
final class ServiceUserData {

    static final String SERVICE_PORT = "8080";

    static final String READINESS_PATH = "/actuator/health/readiness";

    /**
     * The heap's share of the instance's memory. A t4g.small has 2 GiB: 60 % gives the heap about
     * 1.2 GiB and leaves about 800 MiB for what is not heap (metaspace, the JIT's code cache,
     * thread stacks, direct buffers: a few hundred MiB for a Spring Boot service) and for the OS,
     * the SSM agent and the journal. 75 % left too little, and the kernel's OOM killer, not the
     * JVM, would have had the last word.
     */
    static final int MAX_RAM_PERCENTAGE = 60;

    /** dnf attempts before the boot gives up: the repositories may briefly refuse a new instance. */
    static final int DNF_ATTEMPTS = 5;

    /** Readiness checks, {@link #READINESS_INTERVAL_SECONDS} apart: five minutes in all. */
    static final int READINESS_ATTEMPTS = 60;

    static final int READINESS_INTERVAL_SECONDS = 5;

    private ServiceUserData() {}

    /**
     * Adds the boot script to {@code userData}.
     *
     * @param signalled the resource whose creation policy waits for this instance's signal: the
     *     Auto Scaling group
     */
    static void addTo(
            UserData userData,
            Asset serviceJar,
            ISecret adminToken,
            Map<String, String> environment,
            CfnResource signalled) {
        // cfn-signal: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-signal.html
        // On AL2023 the helper scripts come with the aws-cfn-bootstrap package, in /opt/aws/bin:
        // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-helper-scripts-reference.html
        String signal = "cfn-signal --stack " + Aws.STACK_NAME + " --resource " + signalled.getLogicalId()
                + " --region " + Aws.REGION;
        userData.addCommands(
                "set -euo pipefail",
                "root=\"${TANDEM_ROOT:-}\"",
                "export PATH=\"$PATH:/opt/aws/bin\"",
                // Until aws-cfn-bootstrap is installed there is no cfn-signal: a failed dnf then
                // shows in the boot log and CloudFormation waits for the signal's timeout.
                "signal_failure() {",
                "  echo \"tandem boot: failed at line $1\" >&2",
                "  " + signal + " --exit-code 1 --reason \"Tandem boot failed at line $1\" || true",
                "}",
                "trap 'signal_failure $LINENO' ERR",
                "for attempt in $(seq 1 " + DNF_ATTEMPTS + "); do",
                "  if dnf install -y java-25-amazon-corretto-headless aws-cfn-bootstrap; then",
                "    break",
                "  fi",
                "  if [ \"$attempt\" -eq " + DNF_ATTEMPTS + " ]; then",
                "    echo \"tandem boot: dnf failed " + DNF_ATTEMPTS + " times\" >&2",
                "    false",
                "  fi",
                "  sleep $((attempt * 10))",
                "done",
                "id tandem >/dev/null 2>&1 || useradd --system --home-dir /opt/tandem --shell /sbin/nologin tandem",
                "install -d -m 750 \"$root/opt/tandem\" \"$root/etc/tandem\"",
                "chown tandem:tandem \"$root/opt/tandem\"",
                // --region: the S3 gateway endpoint only serves the VPC's own region, and the CLI
                // must address that region's endpoint to use it; CDK documents the same for its own
                // S3 download command, "needed for access via VPC Gateway":
                // https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.S3DownloadOptions.html
                "aws s3 cp 's3://" + serviceJar.getS3BucketName() + "/" + serviceJar.getS3ObjectKey()
                        + "' \"$root/opt/tandem/service.jar\" --region " + Aws.REGION,
                // On its own line, so that a failed call stops the script (set -e does not see a
                // failure inside an argument such as printf "$(aws ...)").
                "admin_token=\"$(aws secretsmanager get-secret-value --region " + Aws.REGION + " --secret-id "
                        + adminToken.getSecretArn() + " --query SecretString --output text)\"",
                "if [ -z \"$admin_token\" ]; then",
                "  echo 'tandem boot: the admin token is empty' >&2",
                "  false",
                "fi",
                "umask 077",
                "cat > \"$root/etc/tandem/service.env\" <<'ENV'");
        new TreeMap<>(environment).forEach((name, value) -> userData.addCommands(name + "=" + value));
        userData.addCommands(
                "ENV",
                "printf 'TANDEM_ADMIN_TOKEN=%s\\n' \"$admin_token\" >> \"$root/etc/tandem/service.env\"",
                "chown root:tandem \"$root/etc/tandem/service.env\"",
                "chmod 640 \"$root/etc/tandem/service.env\"",
                "umask 022",
                "cat > \"$root/etc/systemd/system/tandem.service\" <<'UNIT'",
                "[Unit]",
                "Description=Tandem catalog and order service",
                "After=network-online.target",
                "Wants=network-online.target",
                "[Service]",
                "User=tandem",
                "EnvironmentFile=/etc/tandem/service.env",
                "ExecStart=/usr/bin/java -XX:MaxRAMPercentage=" + MAX_RAM_PERCENTAGE + " -jar /opt/tandem/service.jar",
                "Restart=on-failure",
                "RestartSec=5",
                "NoNewPrivileges=true",
                "ProtectSystem=strict",
                "ProtectHome=true",
                "PrivateTmp=true",
                "[Install]",
                "WantedBy=multi-user.target",
                "UNIT",
                "systemctl daemon-reload",
                "systemctl enable --now tandem",
                "ready=no",
                "for attempt in $(seq 1 " + READINESS_ATTEMPTS + "); do",
                "  if curl --silent --fail --max-time 5 --output /dev/null http://127.0.0.1:" + SERVICE_PORT
                        + READINESS_PATH + "; then",
                "    ready=yes",
                "    break",
                "  fi",
                "  sleep " + READINESS_INTERVAL_SECONDS,
                "done",
                "if [ \"$ready\" != yes ]; then",
                "  echo \"tandem boot: not ready after $attempt checks; see journalctl -u tandem\" >&2",
                "  false",
                "fi",
                "trap - ERR",
                signal + " --exit-code 0");
    }
}
