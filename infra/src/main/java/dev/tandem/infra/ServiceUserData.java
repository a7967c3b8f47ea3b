package dev.tandem.infra;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.ec2.S3DownloadOptions;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * The boot script of a service instance (Amazon Linux 2023, arm64): installs Corretto 25 from the
 * Amazon Linux repositories (served from S3, so the S3 gateway endpoint suffices), copies the
 * service jar from its CDK asset, writes the service's environment, and runs it under systemd as
 * an unprivileged user. The admin token is read from Secrets Manager at boot, so it never appears
 * in the template or the launch template.
 */
final class ServiceUserData {

    static final String SERVICE_PORT = "8080";

    private ServiceUserData() {}

    static UserData create(Asset serviceJar, ISecret adminToken, Map<String, String> environment) {
        UserData userData = UserData.forLinux();
        userData.addCommands(
                "set -euo pipefail",
                "dnf install -y java-25-amazon-corretto-headless",
                "id tandem >/dev/null 2>&1 || useradd --system --home-dir /opt/tandem --shell /sbin/nologin tandem",
                "install -d -o tandem -g tandem -m 750 /opt/tandem",
                "install -d -m 750 /etc/tandem");
        userData.addS3DownloadCommand(S3DownloadOptions.builder()
                .bucket(serviceJar.getBucket())
                .bucketKey(serviceJar.getS3ObjectKey())
                .localFile("/opt/tandem/service.jar")
                .build());
        userData.addCommands("umask 077", "cat > /etc/tandem/service.env <<'ENV'");
        new TreeMap<>(environment).forEach((name, value) -> userData.addCommands(name + "=" + value));
        userData.addCommands(
                "ENV",
                "printf 'TANDEM_ADMIN_TOKEN=%s\\n' \"$(aws secretsmanager get-secret-value --region " + Aws.REGION
                        + " --secret-id " + adminToken.getSecretArn()
                        + " --query SecretString --output text)\" >> /etc/tandem/service.env",
                "chown root:tandem /etc/tandem/service.env && chmod 640 /etc/tandem/service.env",
                "cat > /etc/systemd/system/tandem.service <<'UNIT'",
                "[Unit]",
                "Description=Tandem catalog and order service",
                "After=network-online.target",
                "Wants=network-online.target",
                "[Service]",
                "User=tandem",
                "EnvironmentFile=/etc/tandem/service.env",
                "ExecStart=/usr/bin/java -XX:MaxRAMPercentage=75 -jar /opt/tandem/service.jar",
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
                "systemctl enable --now tandem");
        return userData;
    }
}
