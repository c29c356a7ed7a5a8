/**
 * The HTML writer's engine: commonmark's HTML renderer with raw HTML escaped, live links only for
 * http, https and mailto, no images from the Markdown, and a page with inline CSS and a
 * Content-Security-Policy that forbids scripts.
 */
package org.advocate.output.html;
