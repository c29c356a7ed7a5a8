package org.advocate.template;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocate.model.Messages;

/**
 * The {@code msg} variable of templates: the letter's fixed words in its language. {@code
 * ${msg.sources}} prints a message, {@code msg["kind." + s.kind]!s.kind} one that may be missing,
 * and {@code ${msg("signedBy", {"count": 3})}} one with placeholders (its {@code count} argument
 * chooses between the forms {@code one} and {@code other}). What it returns is text, escaped like
 * any value.
 */
final class MessageModel implements TemplateHashModel, TemplateMethodModelEx {
    private final Messages messages;
    private final boolean proof;

    MessageModel(Messages messages) {
        this(messages, false);
    }

    /**
     * @param proof whether a merged value in a placeholder stays marked in the message ({@link
     *     MarkedText})
     */
    MessageModel(Messages messages, boolean proof) {
        this.messages = messages;
        this.proof = proof;
    }

    @Override
    public TemplateModel get(String key) {
        return messages.has(key) ? new SimpleScalar(messages.text(key)) : null;
    }

    @Override
    public boolean isEmpty() {
        return messages.forms().isEmpty();
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2) {
            throw new TemplateModelException(
                    "msg takes a message key and, optionally, a hash of its placeholders");
        }
        String key = text(arguments.get(0), "the message key");
        if (!messages.has(key)) {
            throw new TemplateModelException("no message '" + key + "' in i18n/messages.*.yaml");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (arguments.size() == 2) {
            if (!(arguments.get(1) instanceof TemplateHashModelEx hash)) {
                throw new TemplateModelException(
                        "msg's second argument is a hash: {\"name\": value}");
            }
            TemplateModelIterator keys = hash.keys().iterator();
            while (keys.hasNext()) {
                String name = text(keys.next(), "a placeholder name");
                TemplateModel value = hash.get(name);
                values.put(
                        name,
                        value instanceof TemplateNumberModel n
                                ? n.getAsNumber()
                                : proof && value instanceof MarkedText m
                                        ? ProofMarks.between(m.getAsString())
                                        : text(value, "placeholder {" + name + "}"));
            }
        }
        String filled = messages.format(key, values);
        return proof ? ProofMarks.message(filled) : filled;
    }

    private static String text(Object model, String what) throws TemplateModelException {
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (model instanceof TemplateNumberModel n) {
            return n.getAsNumber().toString();
        }
        throw new TemplateModelException(what + " must be text or a number");
    }
}
