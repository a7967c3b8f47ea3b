package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The backend stack deployed with {@code -c certificateArn=… -c serviceDomain=…}: HTTPS only. */
class BackendStackWithCertificateTest {

    private static final Template template =
            Template.fromStack(TestStacks.withCertificate().backend());

    @Test
    void servesHttpsWithTheCertificateAndForwardsTheServicePathsThere() {
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::Listener",
                Map.of(
                        "Port",
                        443,
                        "Protocol",
                        "HTTPS",
                        "Certificates",
                        List.of(Map.of("CertificateArn", TestStacks.CERTIFICATE_ARN)),
                        "SslPolicy",
                        "ELBSecurityPolicy-TLS13-1-2-2021-06",
                        "DefaultActions",
                        List.of(Match.objectLike(Map.of("Type", "fixed-response")))));
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::ListenerRule",
                Map.of(
                        "ListenerArn",
                        Map.of("Ref", Match.stringLikeRegexp("LoadBalancerHttps.*")),
                        "Conditions",
                        List.of(Match.objectLike(
                                Map.of("PathPatternConfig", Map.of("Values", Match.arrayWith(List.of("/api/*"))))))));
    }

    @Test
    void redirectsHttpToHttps() {
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::Listener",
                Map.of(
                        "Port",
                        80,
                        "DefaultActions",
                        List.of(Map.of(
                                "Type",
                                "redirect",
                                "RedirectConfig",
                                Match.objectLike(Map.of("Protocol", "HTTPS", "Port", "443"))))));
        assertThat(template.findResources("AWS::ElasticLoadBalancingV2::ListenerRule")
                        .toString())
                .as("no rule forwards plain HTTP")
                .doesNotContain("LoadBalancerHttpF");
    }

    @Test
    void outputsTheHttpsUrlOfTheDomainAndNoWarning() {
        template.hasOutput("ServiceUrl", Map.of("Value", "https://shop.example.com"));
        assertThat(template.findOutputs("Warning")).isEmpty();
    }
}
