/**
 * Delivery by e-mail ({@code advocate send}): each letter as a MIME message with a text and an HTML
 * alternative and the PDF attached, written as {@code .eml} files in a dry run or sent over SMTP,
 * with a send log that keeps any message from being sent twice.
 */
package org.advocate.deliver;
