package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotificationConfigurationTest {

    private static final String NAMESPACE = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    @Test
    void seesEventBridgeSwitchedOn() {
        NotificationConfiguration configuration = parse(
                "<NotificationConfiguration" + NAMESPACE + "><EventBridgeConfiguration/></NotificationConfiguration>");

        assertThat(configuration).isEqualTo(new NotificationConfiguration(true, java.util.List.of()));
    }

    @Test
    void seesEverythingSwitchedOffInAnEmptyConfiguration() {
        assertThat(parse("<NotificationConfiguration" + NAMESPACE + "/>").eventBridge())
                .isFalse();
    }

    @Test
    void namesTheDestinationsItDoesNotDeliverTo() {
        NotificationConfiguration configuration = parse("<NotificationConfiguration>"
                + "<QueueConfiguration><Queue>arn:aws:sqs:us-east-1:0:q</Queue><Event>s3:ObjectCreated:*</Event>"
                + "</QueueConfiguration><EventBridgeConfiguration/></NotificationConfiguration>");

        assertThat(configuration.eventBridge()).isTrue();
        assertThat(configuration.otherDestinations()).containsExactly("QueueConfiguration");
    }

    @Test
    void refusesDocumentsThatAreNotANotificationConfiguration() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("<CORSConfiguration/>"));
        assertThatIllegalArgumentException().isThrownBy(() -> parse("<NotificationConfiguration>"));
    }

    @Test
    void refusesDocumentTypeDeclarations() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<NotificationConfiguration>&e;</NotificationConfiguration>";

        assertThatIllegalArgumentException().isThrownBy(() -> parse(withEntity));
    }

    @Test
    void writesTheConfigurationTheSdkReadsBack() {
        assertThat(NotificationConfiguration.toXml(true))
                .contains("<EventBridgeConfiguration></EventBridgeConfiguration>");
        assertThat(NotificationConfiguration.toXml(false)).doesNotContain("EventBridgeConfiguration");
    }

    private static NotificationConfiguration parse(String xml) {
        return NotificationConfiguration.parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
