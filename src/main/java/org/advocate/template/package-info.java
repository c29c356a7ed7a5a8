/**
 * FreeMarker, locked down for templates from third parties: the sandboxed configuration, the
 * Markdown output format that makes every data value print literally, the data model built from the
 * records, and the renderer that turns a letter into Markdown.
 */
package org.advocate.template;
