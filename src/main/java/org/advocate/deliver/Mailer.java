package org.advocate.deliver;

import java.util.List;

/** Hands messages to a mail server. */
interface Mailer extends AutoCloseable {
    /**
     * Sends one message.
     *
     * @param message the message's bytes, sent as they are
     * @param from the envelope sender
     * @param to every envelope recipient
     * @param during called while the message's bytes are being written (a test's halt point)
     * @return the server's reply
     * @throws Refused when the server answered with an error code
     * @throws Broken when the transaction broke off and its outcome is not known
     */
    String send(byte[] message, String from, List<String> to, Runnable during)
            throws Refused, Broken;

    /** Opens the connection now, so that a server that cannot be reached is found first. */
    void connect() throws Broken;

    @Override
    void close();

    /**
     * The server refused the message with a reply code.
     *
     * @param code the SMTP reply code (4xx temporary, 5xx permanent)
     * @param reply the server's reply
     */
    final class Refused extends Exception {
        private final int code;

        Refused(int code, String reply) {
            super(reply);
            this.code = code;
        }

        int code() {
            return code;
        }

        boolean temporary() {
            return code >= 400 && code < 500;
        }
    }

    /** The connection failed; whether the server took the message is not known. */
    final class Broken extends Exception {
        Broken(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
