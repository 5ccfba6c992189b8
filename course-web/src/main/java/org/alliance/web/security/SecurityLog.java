package org.alliance.web.security;

/** Text from a request made safe for one log line: no line breaks or control characters, and not too long. */
final class SecurityLog {
    private static final int MAX = 80;

    private SecurityLog() {}

    static String clean(String untrusted) {
        String flat = untrusted.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > MAX ? flat.substring(0, MAX) + "..." : flat;
    }
}
