package dev.tandem.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * The AWS resources the catalog service uses, what it may do with each, and the environment
 * variables that tell it their names. Keeping the three together means a resource cannot be
 * passed to the service without a grant, or granted without being passed.
 *
 * @param tables the service's tables by the environment variable that names each
 * @param metrics where the service publishes its own CloudWatch metrics
 */
record ServiceResources(
        IBucket media, Map<String, ITable> tables, IEventBus bus, IQueue inbox, ServiceMetrics metrics) {

    /** Where in the media bucket the recommendation model's snapshots go. */
    static final String RECOMMENDATION_SNAPSHOTS = "models/recommendations/";

    /**
     * The longest the service serves a recommendation model before rebuilding it; the stale-model
     * alarm allows this and a margin.
     */
    static final Duration RECOMMENDATIONS_REBUILD_INTERVAL = Duration.minutes(60);

    /** Grants exactly what the service does: see each statement. */
    void grantTo(IGrantable grantee) {
        // Presigned URLs act with the signer's rights: the role may PUT uploads and GET renditions.
        grant(grantee, List.of("s3:PutObject"), media.arnForObjects("uploads/*"));
        grant(grantee, List.of("s3:GetObject"), media.arnForObjects("renditions/*"));
        // Items are read, written and updated one at a time (a transaction writes several, each a PutItem or
        // UpdateItem); the readiness check describes each table. Nothing deletes an item: outbox records and
        // claims expire with their TTL. The leases table is only ever written (a conditional put takes the
        // lease, an update gives it back), so it gets no GetItem.
        ITable leases = tables.get(TableSpec.LEASES.environmentVariable());
        grant(
                grantee,
                List.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DescribeTable"),
                leases.getTableArn());
        tables.values().stream()
                .filter(table -> table != leases)
                .forEach(table -> grant(
                        grantee,
                        List.of(
                                "dynamodb:GetItem",
                                "dynamodb:PutItem",
                                "dynamodb:UpdateItem",
                                "dynamodb:DescribeTable"),
                        table.getTableArn()));
        // The relay finds unpublished records on the outbox's sparse index.
        grant(
                grantee,
                List.of("dynamodb:Query"),
                tables.get(TableSpec.OUTBOX.environmentVariable()).getTableArn() + "/index/"
                        + TableSpec.OUTBOX.index().orElseThrow().name());
        // The recommendation model's builder reads the paid orders from the orders' sparse index.
        grant(
                grantee,
                List.of("dynamodb:Query"),
                tables.get(TableSpec.ORDERS.environmentVariable()).getTableArn() + "/index/"
                        + TableSpec.ORDERS.index().orElseThrow().name());
        // The model's snapshots and their pointer: written by the instance that builds, read by every instance.
        // Objects only: the pointer names the newest snapshot, so nothing lists the prefix.
        grant(grantee, List.of("s3:GetObject", "s3:PutObject"), media.arnForObjects(RECOMMENDATION_SNAPSHOTS + "*"));
        // Only the catalog reads products in bulk: listing them is a Scan, and pricing an order reads every line's
        // product with one BatchGetItem. Neither is needed on another table, nor on an index.
        grant(
                grantee,
                List.of("dynamodb:BatchGetItem", "dynamodb:Scan"),
                tables.get(TableSpec.PRODUCTS.environmentVariable()).getTableArn());
        grant(grantee, List.of("events:PutEvents"), bus.getEventBusArn());
        grant(
                grantee,
                List.of(
                        "sqs:ReceiveMessage",
                        "sqs:DeleteMessage",
                        "sqs:ChangeMessageVisibility",
                        "sqs:GetQueueAttributes",
                        "sqs:GetQueueUrl"),
                inbox.getQueueArn());
        metrics.grantPublishTo(grantee);
    }

    /** The service's environment on an instance, without the admin token (read at boot). */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_REGION", Aws.REGION);
        environment.put("SPRING_PROFILES_ACTIVE", "aws");
        environment.put("TANDEM_MEDIA_BUCKET", media.getBucketName());
        environment.put("TANDEM_BUS_NAME", bus.getEventBusName());
        environment.put("TANDEM_INBOX_QUEUE", inbox.getQueueUrl());
        tables.forEach((variable, table) -> environment.put(variable, table.getTableName()));
        environment.put("TANDEM_RECOMMENDATIONS_SNAPSHOT_PREFIX", RECOMMENDATION_SNAPSHOTS);
        environment.put(
                "TANDEM_RECOMMENDATIONS_REBUILD_INTERVAL",
                RECOMMENDATIONS_REBUILD_INTERVAL.toMinutes().intValue() + "m");
        environment.putAll(metrics.environmentVariables());
        return environment;
    }

    private static void grant(IGrantable grantee, List<String> actions, String... resources) {
        grantee.getGrantPrincipal()
                .addToPrincipalPolicy(PolicyStatement.Builder.create()
                        .actions(actions)
                        .resources(List.of(resources))
                        .build());
    }
}
