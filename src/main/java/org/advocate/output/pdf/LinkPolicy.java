package org.advocate.output.pdf;

import java.util.Locale;
import java.util.Set;

/**
 * Which link destinations may be live: web and mail addresses, nothing that runs or opens files.
 */
public final class LinkPolicy {
    private static final Set<String> LIVE_SCHEMES = Set.of("http", "https", "mailto");

    private LinkPolicy() {}

    /**
     * Whether a link may be live: an absolute http, https or mailto address without spaces or
     * control characters. Every format that writes links asks this.
     */
    public static boolean isLive(String destination) {
        if (destination == null) {
            return false;
        }
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return false; // relative links point at nothing in a printed letter
        }
        String scheme = destination.substring(0, colon);
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!ok) {
                return false;
            }
        }
        if (!LIVE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // Control characters and spaces have no place in a URI a reader will follow.
        return destination.chars().noneMatch(c -> c <= ' ' || c == 0x7F);
    }
}
