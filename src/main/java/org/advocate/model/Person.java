package org.advocate.model;

/**
 * A person who signs for an organization.
 *
 * @param name full name as it should be printed
 * @param title role, e.g. "Director"; or null
 */
public record Person(String name, String title) {}
