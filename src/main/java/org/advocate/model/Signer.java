package org.advocate.model;

import java.nio.file.Path;

/**
 * One of the people who sign a letter, when it has more than one (or one with an organization of
 * their own): a coalition's letter signed by the heads of two member groups.
 *
 * @param name full name as it should be printed
 * @param title role, e.g. "Director"; or null
 * @param organization the organization the person signs for, or null for the sender
 * @param signature a signature image inside the campaign folder, or null to leave room to sign
 */
public record Signer(String name, String title, String organization, Path signature) {}
