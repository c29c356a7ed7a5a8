package org.advocate.deliver;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks an e-mail address the way {@code advocate send} needs it: one bare address ({@code
 * name@example.org}) per field or cell, no list, no group, no display name, no line break or other
 * control character. A spreadsheet cell holding "a@example.org, b@example.org" would otherwise send
 * one letter to two people.
 */
public final class Addresses {
    private Addresses() {}

    /**
     * Returns what is wrong with an address, or null when it is one valid address.
     *
     * @param address the text of the field or cell
     */
    public static String problem(String address) {
        if (address == null || address.isBlank()) {
            return "no e-mail address";
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                return "an e-mail address must be one line without control characters";
            }
        }
        String text = address.strip();
        if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0) {
            return "'" + text + "' is a list; give one address per cell";
        }
        if (text.indexOf(':') >= 0) {
            return "'" + text + "' uses group syntax; give one address per cell";
        }
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0 || text.indexOf('"') >= 0) {
            return "'" + text + "': give the bare address (name@example.org), without a name";
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return "'" + text + "' is not one e-mail address (it has a space)";
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(text, true);
            if (parsed.length != 1) {
                return "'" + text + "': give one address per cell";
            }
            InternetAddress one = parsed[0];
            if (one.isGroup()) {
                return "'" + text + "' uses group syntax; give one address per cell";
            }
            one.validate();
            String domain = text.substring(text.lastIndexOf('@') + 1);
            if (text.indexOf('@') <= 0 || domain.isEmpty() || domain.startsWith(".")) {
                return "'" + text + "' is not an e-mail address (name@example.org)";
            }
            return null;
        } catch (AddressException e) {
            return "'" + text + "' is not an e-mail address (name@example.org): " + reason(e);
        }
    }

    /** Returns the address, checked and stripped; throws when it is not one valid address. */
    static InternetAddress of(String address) {
        String problem = problem(address);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        try {
            return new InternetAddress(address.strip(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String reason(AddressException e) {
        String message = e.getMessage();
        int in = message == null ? -1 : message.indexOf(" in string");
        return in > 0 ? message.substring(0, in).toLowerCase(java.util.Locale.ROOT) : "invalid";
    }
}
