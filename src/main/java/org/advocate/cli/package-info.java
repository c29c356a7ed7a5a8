/**
 * The command line: picocli commands that parse options, call the core, print, and map failures to
 * the exit codes of {@link org.advocate.ExitCode}. Nothing here knows how letters are made.
 */
package org.advocate.cli;
