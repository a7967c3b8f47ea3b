package dev.tandem.catalog.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final PlaceOrderRequest.Item TWO_MUGS = new PlaceOrderRequest.Item("mug", 2);
    private static final PlaceOrderRequest.Item ONE_TEAPOT = new PlaceOrderRequest.Item("teapot", 1);

    @Test
    void isTheSameForTheSameRequest() {
        assertThat(RequestFingerprint.of(request(List.of(TWO_MUGS, ONE_TEAPOT), "tok_visa")))
                .isEqualTo(RequestFingerprint.of(request(List.of(TWO_MUGS, ONE_TEAPOT), "tok_visa")));
    }

    @Test
    void ignoresTheOrderOfTheLines() {
        assertThat(RequestFingerprint.of(request(List.of(TWO_MUGS, ONE_TEAPOT), "tok_visa")))
                .isEqualTo(RequestFingerprint.of(request(List.of(ONE_TEAPOT, TWO_MUGS), "tok_visa")));
    }

    @Test
    void differsWhenAQuantityDiffers() {
        assertThat(RequestFingerprint.of(request(List.of(TWO_MUGS), "tok_visa")))
                .isNotEqualTo(
                        RequestFingerprint.of(request(List.of(new PlaceOrderRequest.Item("mug", 3)), "tok_visa")));
    }

    @Test
    void differsWhenThePaymentTokenDiffers() {
        assertThat(RequestFingerprint.of(request(List.of(TWO_MUGS), "tok_visa")))
                .isNotEqualTo(RequestFingerprint.of(request(List.of(TWO_MUGS), "tok_chargeDeclined")));
    }

    @Test
    void cannotBeFooledByMovingTextBetweenFields() {
        PlaceOrderRequest one = new PlaceOrderRequest(List.of(TWO_MUGS), "tok_a", "b@example.com");
        PlaceOrderRequest other = new PlaceOrderRequest(List.of(TWO_MUGS), "tok_", "ab@example.com");

        assertThat(RequestFingerprint.of(one)).isNotEqualTo(RequestFingerprint.of(other));
    }

    @Test
    void doesNotContainThePaymentToken() {
        assertThat(RequestFingerprint.of(request(List.of(TWO_MUGS), "tok_visa")))
                .doesNotContain("tok_visa");
    }

    private static PlaceOrderRequest request(List<PlaceOrderRequest.Item> items, String paymentToken) {
        return new PlaceOrderRequest(items, paymentToken, "ada@example.com");
    }
}
