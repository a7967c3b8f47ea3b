package dev.tandem.localcloud.eventbridge.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ArnTest {

    @Test
    void splitsAnArnIntoItsParts() {
        Arn arn = Arn.parse("arn:aws:sqs:us-east-1:000000000000:image-jobs");

        assertThat(arn).isEqualTo(new Arn("aws", "sqs", "us-east-1", "000000000000", "image-jobs"));
    }

    @Test
    void keepsColonsAndSlashesInTheResource() {
        Arn function = Arn.parse("arn:aws:lambda:us-east-1:000000000000:function:resizer:live");
        Arn rule = Arn.parse("arn:aws:events:us-east-1:000000000000:rule/tandem/order-placed");

        assertThat(function.resource()).isEqualTo("function:resizer:live");
        assertThat(rule.resource()).isEqualTo("rule/tandem/order-placed");
    }

    @Test
    void printsBackTheTextItWasParsedFrom() {
        String text = "arn:aws:s3:::uploads-bucket";

        assertThat(Arn.parse(text)).hasToString(text);
    }

    @Test
    void refusesTextThatIsNotAnArn() {
        assertThatIllegalArgumentException().isThrownBy(() -> Arn.parse("image-jobs"));
        assertThatIllegalArgumentException().isThrownBy(() -> Arn.parse("arn:aws:sqs:us-east-1:000000000000"));
        assertThatIllegalArgumentException().isThrownBy(() -> Arn.parse("urn:aws:sqs:us-east-1:0:queue"));
    }
}
