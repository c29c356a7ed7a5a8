/**
 * Reads the user's files (YAML letters and organizations, argument front matter) into the model,
 * strictly: every problem is collected and reported with its file, line, column and field.
 */
package org.advocate.load;
