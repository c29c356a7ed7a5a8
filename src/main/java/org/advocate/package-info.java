/**
 * advocate composes advocacy letters: organization details, a recipient and cited arguments, merged
 * into FreeMarker templates and written as Markdown or PDF. This package holds the exit-code table
 * and the exceptions every layer reports through.
 */
package org.advocate;
