package media.polyglot.local.engine.events.policy;

/** IAM's string wildcards, as StringLike and resource ARNs use them: {@code *} any run, {@code ?} one character. */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String value) {
        return matches(pattern, 0, value, 0);
    }

    private static boolean matches(String pattern, int p, String value, int v) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int rest = v; rest <= value.length(); rest++) {
                    if (matches(pattern, p + 1, value, rest)) {
                        return true;
                    }
                }
                return false;
            }
            if (v >= value.length() || (c != '?' && c != value.charAt(v))) {
                return false;
            }
            p++;
            v++;
        }
        return v == value.length();
    }
}
