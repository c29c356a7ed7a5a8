/**
 * Rows of data (CSV, YAML or JSON) read one at a time, strictly: every cell is text exactly as
 * written, every problem names its file, row and column.
 */
package org.advocate.load.rows;
