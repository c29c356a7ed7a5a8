/**
 * The DOCX writer's engine: commonmark's AST to an Apache POI XWPF document with named styles,
 * numbered lists, the footer's page fields and reproducible bytes.
 */
package org.advocate.output.docx;
