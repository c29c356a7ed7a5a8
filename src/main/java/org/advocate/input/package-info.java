/**
 * Strict reading of user files, shared by every reader: YAML nodes with their origins, strict UTF-8
 * file reading, text rules for data values, problems collected with file, line and column, and "did
 * you mean" suggestions. Imports nothing of advocate's but the root package.
 */
package org.advocate.input;
