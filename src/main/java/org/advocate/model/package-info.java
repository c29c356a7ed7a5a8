/**
 * The letter's data as immutable records: who writes, to whom, what it argues and who signs. No I/O
 * and no library types here; optional text fields are {@code null} when absent.
 */
package org.advocate.model;
