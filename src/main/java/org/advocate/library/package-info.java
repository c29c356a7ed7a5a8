/**
 * The argument library and the template catalog: the built-in {@code letter-templates/} on the
 * class path, extended or overridden by a user's folder.
 */
package org.advocate.library;
