package dev.tandem.localcloud.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A bucket's {@code CORSConfiguration}: its rules, in the order they were given, because the first rule that admits
 * a request is the one that answers it.
 */
record CorsConfiguration(List<CorsRule> rules) {

    private static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    CorsConfiguration {
        rules = List.copyOf(rules);
    }

    /**
     * Reads the body of {@code PutBucketCors}. It checks the document's shape, as S3's schema does; the values S3
     * does not support are for {@link #invalidity()} to find.
     *
     * @throws IllegalArgumentException if it is not a {@code CORSConfiguration} of one or more {@code CORSRule}s
     *     that each allow at least one origin and one method, and name no element S3 does not know
     */
    static CorsConfiguration parse(byte[] body) {
        Element root = Xml.parse(body).getDocumentElement();
        if (!root.getLocalName().equals("CORSConfiguration")) {
            throw new IllegalArgumentException("Expected CORSConfiguration, got " + root.getLocalName());
        }
        List<CorsRule> rules = new ArrayList<>();
        for (Element child : children(root)) {
            if (!child.getLocalName().equals("CORSRule")) {
                throw new IllegalArgumentException("Unexpected " + child.getLocalName() + " in CORSConfiguration");
            }
            rules.add(rule(child));
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("A CORSConfiguration needs at least one CORSRule");
        }
        return new CorsConfiguration(rules);
    }

    /** What S3 would refuse with {@code InvalidRequest} in the first rule it finds fault with; empty if none. */
    Optional<String> invalidity() {
        return rules.stream()
                .map(CorsRule::invalidity)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The first rule that admits the request (see {@link CorsRule#admits}), if any does. */
    Optional<CorsRule> ruleFor(String origin, String method, List<String> requestedHeaders) {
        return rules.stream()
                .filter(rule -> rule.admits(origin, method, requestedHeaders))
                .findFirst();
    }

    /** The body of {@code GetBucketCors}. */
    String toXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CORSConfiguration xmlns=\"")
                .append(NAMESPACE)
                .append("\">");
        for (CorsRule rule : rules) {
            xml.append("<CORSRule>");
            rule.id().ifPresent(id -> element(xml, "ID", id));
            rule.allowedOrigins().forEach(origin -> element(xml, "AllowedOrigin", origin));
            rule.allowedMethods().forEach(method -> element(xml, "AllowedMethod", method));
            rule.allowedHeaders().forEach(header -> element(xml, "AllowedHeader", header));
            rule.exposeHeaders().forEach(header -> element(xml, "ExposeHeader", header));
            rule.maxAgeSeconds().ifPresent(seconds -> element(xml, "MaxAgeSeconds", Integer.toString(seconds)));
            xml.append("</CORSRule>");
        }
        return xml.append("</CORSConfiguration>").toString();
    }

    private static CorsRule rule(Element element) {
        Optional<String> id = Optional.empty();
        List<String> origins = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<String> exposed = new ArrayList<>();
        OptionalInt maxAge = OptionalInt.empty();
        for (Element child : children(element)) {
            if (!children(child).isEmpty()) {
                throw new IllegalArgumentException(child.getLocalName() + " holds elements, not text");
            }
            String text = child.getTextContent();
            switch (child.getLocalName()) {
                case "ID" -> id = Optional.of(text);
                case "AllowedOrigin" -> origins.add(text);
                case "AllowedMethod" -> methods.add(text);
                case "AllowedHeader" -> headers.add(text);
                case "ExposeHeader" -> exposed.add(text);
                case "MaxAgeSeconds" -> maxAge = OptionalInt.of(seconds(text));
                default -> throw new IllegalArgumentException("Unexpected " + child.getLocalName() + " in CORSRule");
            }
        }
        if (origins.isEmpty() || methods.isEmpty()) {
            throw new IllegalArgumentException("A CORSRule needs an AllowedOrigin and an AllowedMethod");
        }
        return new CorsRule(id, origins, methods, headers, exposed, maxAge);
    }

    private static int seconds(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MaxAgeSeconds is not a number: " + text, e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(Xml.escape(text))
                .append("</")
                .append(name)
                .append('>');
    }
}
