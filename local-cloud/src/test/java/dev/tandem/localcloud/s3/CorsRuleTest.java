package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Which requests a rule admits, and which rule of a configuration answers them. */
class CorsRuleTest {

    private static final List<String> NO_HEADERS = List.of();

    @Test
    void admitsAnOriginAsWrittenOrThroughItsWildcard() {
        CorsRule rule = rule(List.of("https://shop.example", "https://*.cdn.example"), List.of("GET"), List.of());

        assertThat(rule.admits("https://shop.example", "GET", NO_HEADERS)).isTrue();
        assertThat(rule.admits("https://eu.cdn.example", "GET", NO_HEADERS)).isTrue();
        assertThat(rule.admits("https://a.b.cdn.example", "GET", NO_HEADERS)).isTrue();
        assertThat(rule.admits("http://shop.example", "GET", NO_HEADERS)).isFalse();
        assertThat(rule.admits("https://shop.example:8443", "GET", NO_HEADERS)).isFalse();
        assertThat(rule.admits("https://cdn.example", "GET", NO_HEADERS)).isFalse();
        assertThat(rule.admits("https://SHOP.example", "GET", NO_HEADERS)).isFalse();
    }

    @Test
    void admitsAnyOriginWithALoneWildcard() {
        CorsRule rule = rule(List.of("*"), List.of("PUT"), List.of());

        assertThat(rule.admits("http://127.0.0.1:8080", "PUT", NO_HEADERS)).isTrue();
        assertThat(rule.admits("null", "PUT", NO_HEADERS)).isTrue();
    }

    @Test
    void admitsOnlyTheMethodsItNames() {
        CorsRule rule = rule(List.of("*"), List.of("PUT", "GET"), List.of());

        assertThat(rule.admits("https://shop.example", "PUT", NO_HEADERS)).isTrue();
        assertThat(rule.admits("https://shop.example", "DELETE", NO_HEADERS)).isFalse();
        assertThat(rule.admits("https://shop.example", "put", NO_HEADERS)).isFalse();
    }

    @Test
    void admitsRequestedHeadersInAnyCaseWhenEveryOneIsAllowed() {
        CorsRule rule = rule(List.of("*"), List.of("PUT"), List.of("Content-Type", "x-amz-meta-*"));

        assertThat(rule.admits("https://shop.example", "PUT", List.of("content-type")))
                .isTrue();
        assertThat(rule.admits("https://shop.example", "PUT", List.of("CONTENT-TYPE", "X-Amz-Meta-Product")))
                .isTrue();
        assertThat(rule.admits("https://shop.example", "PUT", List.of("content-type", "x-amz-acl")))
                .isFalse();
    }

    @Test
    void admitsNoRequestedHeaderWhenItAllowsNone() {
        CorsRule rule = rule(List.of("*"), List.of("GET"), List.of());

        assertThat(rule.admits("https://shop.example", "GET", NO_HEADERS)).isTrue();
        assertThat(rule.admits("https://shop.example", "GET", List.of("range"))).isFalse();
    }

    @Test
    void admitsEveryHeaderWithALoneWildcard() {
        CorsRule rule = rule(List.of("*"), List.of("GET"), List.of("*"));

        assertThat(rule.admits("https://shop.example", "GET", List.of("range", "x-anything")))
                .isTrue();
    }

    @Test
    void answersAnyOriginWithAWildcardAndASpecificOneWithItself() {
        assertThat(rule(List.of("*"), List.of("GET"), List.of()).allowOrigin("https://shop.example"))
                .isEqualTo("*");
        assertThat(rule(List.of("https://*.shop.example"), List.of("GET"), List.of())
                        .allowOrigin("https://eu.shop.example"))
                .isEqualTo("https://eu.shop.example");
    }

    @Test
    void letsTheFirstRuleThatAdmitsTheRequestAnswerIt() {
        CorsConfiguration configuration = CorsConfiguration.parse(("<CORSConfiguration>"
                        + "<CORSRule><ID>admin</ID><AllowedOrigin>https://admin.example</AllowedOrigin>"
                        + "<AllowedMethod>PUT</AllowedMethod><AllowedMethod>DELETE</AllowedMethod></CORSRule>"
                        + "<CORSRule><ID>anyone</ID><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod>"
                        + "<AllowedMethod>PUT</AllowedMethod></CORSRule></CORSConfiguration>")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(configuration
                        .ruleFor("https://admin.example", "PUT", NO_HEADERS)
                        .flatMap(CorsRule::id))
                .hasValue("admin");
        assertThat(configuration
                        .ruleFor("https://admin.example", "GET", NO_HEADERS)
                        .flatMap(CorsRule::id))
                .hasValue("anyone");
        assertThat(configuration.ruleFor("https://shop.example", "DELETE", NO_HEADERS))
                .isEmpty();
    }

    @Test
    void matchesAWildcardAgainstAnyRunOfCharactersIncludingNone() {
        assertThat(CorsRule.matches("x-amz-*", "x-amz-")).isTrue();
        assertThat(CorsRule.matches("*-id", "request-id")).isTrue();
        assertThat(CorsRule.matches("a*a", "a")).isFalse();
        assertThat(CorsRule.matches("a*a", "aa")).isTrue();
        assertThat(CorsRule.matches("exact", "exactly")).isFalse();
    }

    private static CorsRule rule(List<String> origins, List<String> methods, List<String> headers) {
        return new CorsRule(Optional.empty(), origins, methods, headers, List.of(), OptionalInt.empty());
    }
}
