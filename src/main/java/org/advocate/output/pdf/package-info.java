/**
 * Lays a letter's CommonMark out as PDF with OpenPDF, in commonmark-java's renderer shape: an
 * immutable, reusable {@link org.advocate.output.pdf.PdfRenderer}, a per-document {@link
 * org.advocate.output.pdf.PdfNodeRendererContext} around a {@link
 * org.advocate.output.pdf.PdfContentWriter}, and node renderers created by {@link
 * org.advocate.output.pdf.PdfNodeRendererFactory factories}, one short method per node type.
 *
 * <p>Section markers ({@code <!-- advocate:section NAME -->}) in the Markdown are layout
 * directives: they choose the type and placement of what follows (letterhead, date, recipient,
 * subject, body, closing, signatories, sources) and are never printed. All other HTML prints as
 * literal text, links are live only for http, https and mailto, and Markdown images print their alt
 * text: nothing outside the letter's own files is ever loaded.
 */
package org.advocate.output.pdf;
