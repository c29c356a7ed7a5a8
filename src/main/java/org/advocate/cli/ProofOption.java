package org.advocate.cli;

/** What {@code --proof} does, in the words every command that takes it shows in its help. */
final class ProofOption {
    static final String DESCRIPTION =
            "Write proofs for review, not letters to send: every value merged from the"
                    + " organization, the recipient, the rows and --set is marked (highlighted in"
                    + " PDF, <mark>...</mark> in Markdown), and every page says DRAFT, in the"
                    + " letter's language.";

    private ProofOption() {}
}
