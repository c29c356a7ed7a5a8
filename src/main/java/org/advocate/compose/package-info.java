/**
 * The Composer facade: the one place where load, template, render and write are wired, used by
 * every command, by {@code check}, by batches and by the library's previews.
 */
package org.advocate.compose;
