package org.advocate.model;

/**
 * Someone a copy of the letter goes to, listed after the closing under "cc". The list is printed
 * only: nothing is ever sent to the address.
 *
 * @param name the name as printed
 * @param email an e-mail address printed beside the name, or null
 */
public record CarbonCopy(String name, String email) {}
