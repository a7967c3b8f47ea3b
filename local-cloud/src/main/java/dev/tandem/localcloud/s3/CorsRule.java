package dev.tandem.localcloud.s3;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One rule of a bucket's CORS configuration: the origins it admits, the methods they may use and the headers they
 * may send, and what the browser is told in return (the response headers the page may read, how long it may cache
 * a preflight).
 *
 * <p>An origin or an allowed header may contain one {@code *}, which stands for any run of characters, the empty
 * one included: {@code https://*.example.com} admits every subdomain of example.com, {@code x-amz-*} every header
 * with that prefix, and {@code *} alone anything. Origins are compared exactly as written, header names in any
 * case, as HTTP header names are.
 *
 * @param exposeHeaders the response headers, beyond the few that are always readable, that the page may read
 * @param maxAgeSeconds how long the browser may cache the answer to a preflight; S3 sends no limit if absent
 */
record CorsRule(
        Optional<String> id,
        List<String> allowedOrigins,
        List<String> allowedMethods,
        List<String> allowedHeaders,
        List<String> exposeHeaders,
        OptionalInt maxAgeSeconds) {

    /** The methods a rule may allow; S3 refuses a configuration that names any other. */
    static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

    CorsRule {
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedMethods = List.copyOf(allowedMethods);
        allowedHeaders = List.copyOf(allowedHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
    }

    /**
     * Whether this rule admits a request.
     *
     * @param requestedHeaders the headers a preflight announces in {@code Access-Control-Request-Headers}; each must
     *     be allowed. Empty for a request that is not a preflight, whose headers a rule does not restrict.
     */
    boolean admits(String origin, String method, List<String> requestedHeaders) {
        return allowedMethods.contains(method)
                && allowedOrigins.stream().anyMatch(pattern -> matches(pattern, origin))
                && requestedHeaders.stream().allMatch(this::allowsHeader);
    }

    /**
     * The {@code Access-Control-Allow-Origin} for an origin this rule admits: {@code *} if the rule admits every
     * origin, otherwise the origin itself, which S3 also allows to send credentials.
     */
    String allowOrigin(String origin) {
        return allowedOrigins.contains("*") ? "*" : origin;
    }

    /**
     * What S3 would refuse in this rule's values, as the message of its {@code InvalidRequest} error; empty if the
     * rule is one S3 accepts.
     */
    Optional<String> invalidity() {
        for (String method : allowedMethods) {
            if (!METHODS.contains(method)) {
                return Optional.of("Found unsupported HTTP method in CORS config. Unsupported method is " + method);
            }
        }
        for (String origin : allowedOrigins) {
            if (wildcards(origin) > 1) {
                return Optional.of("AllowedOrigin \"" + origin + "\" can not have more than one wildcard.");
            }
        }
        for (String header : allowedHeaders) {
            if (wildcards(header) > 1) {
                return Optional.of("AllowedHeader \"" + header + "\" can not have more than one wildcard.");
            }
        }
        for (String header : exposeHeaders) {
            if (wildcards(header) > 0) {
                return Optional.of("ExposeHeader \"" + header
                        + "\" contains wildcard. We currently do not support wildcard for ExposeHeader.");
            }
        }
        return Optional.empty();
    }

    private boolean allowsHeader(String header) {
        String name = header.toLowerCase(Locale.ROOT);
        return allowedHeaders.stream().anyMatch(pattern -> matches(pattern.toLowerCase(Locale.ROOT), name));
    }

    /** Whether a value matches a pattern with at most one {@code *}. */
    static boolean matches(String pattern, String value) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(value);
        }
        String prefix = pattern.substring(0, star);
        String suffix = pattern.substring(star + 1);
        return value.length() >= prefix.length() + suffix.length()
                && value.startsWith(prefix)
                && value.endsWith(suffix);
    }

    private static long wildcards(String text) {
        return text.chars().filter(c -> c == '*').count();
    }
}
