/**
 * Output formats behind one interface, and safe publishing of files: written to a temporary file in
 * the same folder, then moved into place atomically, never replacing a file unless asked.
 */
package org.advocate.output;
