package org.advocate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * A small SMTP server for the cases GreenMail does not script: it answers the end of each message
 * with the next reply of a list (then 250), offers AUTH but never STARTTLS, and records every
 * command and every message it accepted.
 */
final class FakeSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Deque<String> replies = new ArrayDeque<>();
    final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    /**
     * @param wildcard listen on every interface (else on the loopback one only)
     * @param endOfData the replies to the ends of the first messages, e.g. "451 4.3.0 try later"
     */
    FakeSmtpServer(boolean wildcard, String... endOfData) throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(wildcard ? null : InetAddress.getLoopbackAddress(), 0));
        replies.addAll(List.of(endOfData));
        thread = new Thread(this::serve, "fake-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                session(client);
            } catch (IOException e) {
                // the next client, or closed
            }
        }
    }

    private void session(Socket client) throws IOException {
        BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        say(out, "220 fake ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
            switch (verb) {
                case "EHLO" -> say(out, "250-fake\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME");
                case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> say(out, "250 OK");
                case "AUTH" -> say(out, "235 2.7.0 accepted");
                case "DATA" -> {
                    say(out, "354 go on");
                    StringBuilder message = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        message.append(data).append('\n');
                    }
                    String reply;
                    synchronized (replies) {
                        reply = replies.isEmpty() ? "250 2.0.0 queued" : replies.poll();
                    }
                    if (reply.startsWith("250")) {
                        accepted.add(message.toString());
                    }
                    say(out, reply);
                }
                case "QUIT" -> {
                    say(out, "221 bye");
                    return;
                }
                default -> say(out, "502 unknown");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
