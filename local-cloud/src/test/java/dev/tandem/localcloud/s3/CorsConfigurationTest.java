package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CorsConfigurationTest {

    private static final String NAMESPACE = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";
    private static final String ANY_ORIGIN_GET = "<AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod>";

    @Test
    void readsEveryPartOfARule() {
        CorsConfiguration configuration = parse("<CORSConfiguration" + NAMESPACE + "><CORSRule>"
                + "<ID>uploads</ID>"
                + "<AllowedOrigin>https://shop.example</AllowedOrigin><AllowedOrigin>https://*.shop.example</AllowedOrigin>"
                + "<AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod>"
                + "<AllowedHeader>content-type</AllowedHeader><AllowedHeader>x-amz-*</AllowedHeader>"
                + "<ExposeHeader>ETag</ExposeHeader>"
                + "<MaxAgeSeconds>3000</MaxAgeSeconds>"
                + "</CORSRule></CORSConfiguration>");

        assertThat(configuration.rules())
                .containsExactly(new CorsRule(
                        Optional.of("uploads"),
                        List.of("https://shop.example", "https://*.shop.example"),
                        List.of("PUT", "GET"),
                        List.of("content-type", "x-amz-*"),
                        List.of("ETag"),
                        OptionalInt.of(3000)));
    }

    @Test
    void keepsTheRulesInTheOrderGivenWithTheirOptionalPartsAbsent() {
        CorsConfiguration configuration = parse("<CORSConfiguration>"
                + "<CORSRule><AllowedOrigin>https://a.example</AllowedOrigin><AllowedMethod>PUT</AllowedMethod></CORSRule>"
                + "<CORSRule>" + ANY_ORIGIN_GET + "</CORSRule></CORSConfiguration>");

        assertThat(configuration.rules())
                .extracting(CorsRule::allowedOrigins)
                .containsExactly(List.of("https://a.example"), List.of("*"));
        CorsRule second = configuration.rules().get(1);
        assertThat(second.id()).isEmpty();
        assertThat(second.allowedHeaders()).isEmpty();
        assertThat(second.exposeHeaders()).isEmpty();
        assertThat(second.maxAgeSeconds()).isEmpty();
    }

    @Test
    void refusesARuleWithoutAnOriginOrAMethod() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> parse(
                                "<CORSConfiguration><CORSRule><AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>"));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> parse(
                                "<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>"));
    }

    @Test
    void refusesDocumentsThatAreNotAConfigurationOfRules() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("<CORSConfiguration/>"));
        assertThatIllegalArgumentException().isThrownBy(() -> parse("<NotificationConfiguration/>"));
        assertThatIllegalArgumentException().isThrownBy(() -> parse("<CORSConfiguration><CORSRule>"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("<CORSConfiguration><CORSRule>" + ANY_ORIGIN_GET
                        + "<AllowedColour>red</AllowedColour></CORSRule></CORSConfiguration>"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("<CORSConfiguration><CORSRule>" + ANY_ORIGIN_GET
                        + "<MaxAgeSeconds>an hour</MaxAgeSeconds></CORSRule></CORSConfiguration>"));
    }

    @Test
    void refusesDocumentTypeDeclarations() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CORSConfiguration><CORSRule><AllowedOrigin>&e;</AllowedOrigin>"
                + "<AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>";

        assertThatIllegalArgumentException().isThrownBy(() -> parse(withEntity));
    }

    @Test
    void namesTheValuesS3DoesNotSupportAsS3Does() {
        assertThat(invalidity("<AllowedOrigin>*</AllowedOrigin><AllowedMethod>PATCH</AllowedMethod>"))
                .hasValue("Found unsupported HTTP method in CORS config. Unsupported method is PATCH");
        assertThat(invalidity("<AllowedOrigin>*</AllowedOrigin><AllowedMethod>get</AllowedMethod>"))
                .hasValue("Found unsupported HTTP method in CORS config. Unsupported method is get");
        assertThat(invalidity("<AllowedOrigin>https://*.*.example</AllowedOrigin><AllowedMethod>GET</AllowedMethod>"))
                .hasValue("AllowedOrigin \"https://*.*.example\" can not have more than one wildcard.");
        assertThat(invalidity(ANY_ORIGIN_GET + "<AllowedHeader>x-*-*</AllowedHeader>"))
                .hasValue("AllowedHeader \"x-*-*\" can not have more than one wildcard.");
        assertThat(invalidity(ANY_ORIGIN_GET + "<ExposeHeader>x-amz-*</ExposeHeader>"))
                .hasValue("ExposeHeader \"x-amz-*\" contains wildcard."
                        + " We currently do not support wildcard for ExposeHeader.");
        assertThat(invalidity(ANY_ORIGIN_GET + "<AllowedMethod>HEAD</AllowedMethod><AllowedHeader>*</AllowedHeader>"))
                .isEmpty();
    }

    @Test
    void writesAConfigurationThatReadsBackAsItself() {
        CorsConfiguration configuration = parse("<CORSConfiguration><CORSRule><ID>a &amp; b</ID>"
                + "<AllowedOrigin>https://shop.example</AllowedOrigin><AllowedMethod>PUT</AllowedMethod>"
                + "<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>60</MaxAgeSeconds>"
                + "</CORSRule><CORSRule>" + ANY_ORIGIN_GET + "</CORSRule></CORSConfiguration>");

        String xml = configuration.toXml();

        assertThat(xml).contains("<CORSConfiguration" + NAMESPACE + ">").contains("<ID>a &amp; b</ID>");
        assertThat(parse(xml)).isEqualTo(configuration);
    }

    private static Optional<String> invalidity(String ruleContent) {
        return parse("<CORSConfiguration><CORSRule>" + ruleContent + "</CORSRule></CORSConfiguration>")
                .invalidity();
    }

    private static CorsConfiguration parse(String xml) {
        return CorsConfiguration.parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
