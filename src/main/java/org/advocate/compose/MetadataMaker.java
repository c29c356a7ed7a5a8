package org.advocate.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocate.library.Library;
import org.advocate.model.Argument;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.Letter;
import org.advocate.model.Messages;
import org.advocate.model.Organization;
import org.advocate.model.Recipient;
import org.advocate.model.Signer;

/** Makes the document metadata a writer gets from a bound letter and its arguments. */
final class MetadataMaker {
    private MetadataMaker() {}

    /** The metadata of a letter to send, or of a proof to review. */
    static DocumentMetadata of(
            Letter letter, List<Argument> arguments, Library library, boolean proof) {
        Messages messages = library.messages(letter.locale());
        Set<String> keywords = new LinkedHashSet<>();
        for (Argument argument : arguments) {
            keywords.addAll(argument.tags());
        }
        String title = title(letter, messages);
        Recipient r = letter.recipient();
        String addressee = r == null ? null : r.name() != null ? r.name() : r.organization();
        return new DocumentMetadata(
                title,
                letter.organization().name(),
                letter.subject() != null ? letter.subject() : title,
                List.copyOf(keywords),
                letter.locale(),
                letter.date(),
                addressee,
                letter.organization().logo(),
                letter.organization().signature(),
                MergedValues.of(letter),
                messages,
                letter.style(),
                signatures(letter),
                returnAddress(letter.organization()),
                proof,
                letter.organization().fonts());
    }

    private static List<Path> signatures(Letter letter) {
        List<Path> images = new ArrayList<>();
        for (Signer s : letter.parts().signers()) {
            images.add(s.signature());
        }
        return images;
    }

    /** The sender on one line, as a window envelope shows it above the recipient. */
    private static String returnAddress(Organization org) {
        List<String> parts = new ArrayList<>();
        parts.add(org.name());
        parts.addAll(org.address());
        return String.join(" · ", parts);
    }

    private static String title(Letter letter, Messages messages) {
        if (letter.subject() != null) {
            return letter.subject();
        }
        String to =
                letter.recipient().organization() != null
                        ? letter.recipient().organization()
                        : letter.recipient().name();
        String sender = letter.organization().name();
        return to == null
                ? messages.format("titleNoRecipient", Map.of("sender", sender))
                : messages.format("title", Map.of("sender", sender, "recipient", to));
    }
}
