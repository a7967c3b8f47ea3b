package dev.tandem.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The SNS topic every alarm notifies: encrypted, TLS-only, and mailed to {@code -c alarmEmail=…}
 * when that is given (the address must confirm the subscription from the mail SNS sends).
 *
 * <p>The key is a customer managed one because CloudWatch can publish to an encrypted topic only
 * if the key's policy lets it use the key, which the AWS managed key for SNS does not:
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html (about 1
 * USD a month). On {@code cdk destroy} the key is scheduled for deletion after the shortest wait
 * KMS allows, 7 days, and is listed (pending deletion) until then.
 */
final class AlarmTopic extends Construct {

    private final Topic topic;

    AlarmTopic(Construct scope, String id, TandemConfig config) {
        super(scope, id);
        Key key = Key.Builder.create(this, "Key")
                .description("Encrypts " + config.name("alarms") + ", the topic Tandem's alarms notify")
                .enableKeyRotation(true)
                .pendingWindow(Duration.days(7))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
        topic = Topic.Builder.create(this, "Topic")
                .topicName(config.name("alarms"))
                .displayName("Tandem alarms (" + config.envName() + ")")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        config.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));
        // After addSubscription: a suppression reaches only the children that exist when it is added.
        Suppressions.suppress(
                topic,
                "Serverless-SNSRedrivePolicy",
                "The only subscription is an operator's email address; mail SNS cannot deliver would go to a DLQ"
                        + " whose alarm could only notify this same topic.");
    }

    Topic topic() {
        return topic;
    }
}
