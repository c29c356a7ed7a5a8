package org.advocate.deliver;

import java.util.ArrayList;
import java.util.List;
import org.advocate.Problem;
import org.advocate.load.rows.Row;
import org.advocate.model.Delivery;
import org.advocate.model.Letter;

/**
 * Finds every address a letter's message would be sent from or to that is missing or not one valid
 * address, naming the field and where it was written (the row's cell, the letter file's line).
 */
public final class AddressCheck {
    private AddressCheck() {}

    /**
     * What {@code check --rows} reports: a recipient address that is there but invalid, and, when
     * the letter has {@code delivery:} settings (it is meant to be mailed), one that is missing.
     *
     * @param row the row, or null for a letter without rows
     * @param letter the letter as bound
     */
    public static List<Problem> forCheck(Row row, Letter letter) {
        List<Problem> problems = new ArrayList<>();
        String email = letter.recipient().email();
        if (email != null || letter.delivery() != Delivery.NONE) {
            add(problems, row, letter, "recipient.email", email);
        }
        for (int i = 0; i < letter.delivery().cc().size(); i++) {
            String field = "delivery.cc[" + (i + 1) + "]";
            add(problems, row, letter, field, letter.delivery().cc().get(i));
        }
        return problems;
    }

    /**
     * What {@code send} requires: the organization's address (the sender), the recipient's (unless
     * every message goes to one test address), and the copies' when they are asked for.
     *
     * @param row the row, or null for a letter without rows
     * @param letter the letter as bound
     * @param toOverride the one address every message goes to ({@code --to}), or null
     * @param cc whether the letter's copies are sent
     */
    static List<Problem> forSend(Row row, Letter letter, String toOverride, boolean cc) {
        List<Problem> problems = new ArrayList<>();
        String from = letter.organization() == null ? null : letter.organization().email();
        add(problems, row, letter, "organization.email", from);
        if (toOverride == null) {
            add(problems, row, letter, "recipient.email", letter.recipient().email());
        }
        if (cc) {
            for (int i = 0; i < letter.delivery().cc().size(); i++) {
                String field = "delivery.cc[" + (i + 1) + "]";
                add(problems, row, letter, field, letter.delivery().cc().get(i));
            }
        }
        return problems;
    }

    private static void add(
            List<Problem> problems, Row row, Letter letter, String field, String address) {
        String problem = Addresses.problem(address);
        if (problem == null) {
            return;
        }
        String origin = letter.origins().get(field);
        if (origin == null) {
            origin = row != null ? row.label() : String.valueOf(letter.baseDir());
        }
        problems.add(new Problem(origin, field, problem));
    }
}
