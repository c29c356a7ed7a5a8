/**
 * {@code check}: the problems {@code compose} would stop at, plus a lint of the rendered letter
 * (terminology, placeholders, length, unprinted sources), reported as text, JSON lines or GitHub
 * annotations.
 */
package org.advocate.check;
