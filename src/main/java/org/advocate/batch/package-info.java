/**
 * Batch generation: one letter per row of a rows file, planned and checked in full before anything
 * is written, rendered in parallel, published atomically, resumable after a crash, and splittable
 * across machines by shard.
 */
package org.advocate.batch;
