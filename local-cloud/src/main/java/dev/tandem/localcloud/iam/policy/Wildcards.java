package dev.tandem.localcloud.iam.policy;

import java.util.Locale;

/**
 * IAM's pattern matching: {@code *} matches any run of characters (none included), {@code ?} exactly one, everything
 * else itself. Actions compare without regard to case, resources and ARN condition values with it, as IAM's
 * {@code Action} and {@code Resource} elements define.
 */
final class Wildcards {

    private Wildcards() {}

    static boolean matches(String pattern, String text, boolean ignoreCase) {
        if (ignoreCase) {
            return matches(pattern.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
        }
        return matches(pattern, text);
    }

    /** Greedy matching with one backtrack point per {@code *}: linear for the patterns policies hold. */
    private static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
