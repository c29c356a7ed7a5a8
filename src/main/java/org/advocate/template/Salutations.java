package org.advocate.template;

import org.advocate.model.Recipient;

/**
 * Tells a salutation the letter wrote from the English one made when it wrote none ("Dear Mr.
 * Shetty,", "Dear Salil Shetty,", "Dear colleagues,"), so that a template in another language can
 * greet in its own way unless the letter says otherwise.
 */
final class Salutations {
    private Salutations() {}

    static boolean isEnglishDefault(Recipient r) {
        String made;
        if (r.honorific() != null && r.lastName() != null) {
            made = "Dear " + r.honorific().trim() + " " + r.lastName() + ",";
        } else if (r.name() != null) {
            made = "Dear " + r.name().trim() + ",";
        } else {
            made = "Dear colleagues,";
        }
        return made.equals(r.salutation());
    }
}
