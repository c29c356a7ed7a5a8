package org.advocate.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a letter beyond its text, each optional: who signs, who gets a copy, what is
 * enclosed, the references and reply-by date, and the place written before the date.
 *
 * @param signers the people who sign, in order: the letter's {@code signers:}, else its
 *     organization's; empty when the organization's one {@code signatory} signs
 * @param onBehalfOf on whose behalf the signers sign ("the Coalition for Rights"), or null
 * @param cc who gets a copy, in order
 * @param enclosures what is enclosed, one description each
 * @param ourReference the sender's reference, or null
 * @param yourReference the recipient's reference, or null
 * @param replyBy the date a reply is asked by, or null
 * @param place where the letter is written, printed before the date ("New York"), or null
 */
public record LetterParts(
        List<Signer> signers,
        String onBehalfOf,
        List<CarbonCopy> cc,
        List<String> enclosures,
        String ourReference,
        String yourReference,
        LocalDate replyBy,
        String place) {
    /** A letter with none of these parts. */
    public static final LetterParts NONE =
            new LetterParts(List.of(), null, List.of(), List.of(), null, null, null, null);

    public LetterParts {
        signers = List.copyOf(signers);
        cc = List.copyOf(cc);
        enclosures = List.copyOf(enclosures);
    }
}
