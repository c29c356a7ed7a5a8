package org.advocate.model;

import java.util.List;

/**
 * A letter's {@code delivery:} settings: how {@code advocate send} mails it. The SMTP server named
 * here comes from the campaign folder, so it never receives the user's password unless the user's
 * own settings name the same server (see docs/delivery.md).
 *
 * @param cc addresses copied on every message when the command asks for copies ({@code --cc})
 * @param host the SMTP server, or null
 * @param port its port, or null for the security's default
 * @param user the user name to log in with, or null
 * @param security {@code starttls} or {@code smtps}, or null for the port's default
 */
public record Delivery(List<String> cc, String host, Integer port, String user, String security) {
    /** No delivery settings. */
    public static final Delivery NONE = new Delivery(List.of(), null, null, null, null);

    public Delivery {
        cc = List.copyOf(cc);
    }
}
