package io.github.pekoe.storage;

/**
 * Where a store's entries live: each change is applied or queued in call order, and {@link #sync()}
 * blocks until every change made so far is durable. Values arrive as stored text.
 */
interface Backend {
    /** Sets {@code key} to the stored text {@code text}. */
    void set(String key, String text);

    /** Removes {@code key}. */
    void delete(String key);

    /** Blocks the calling Java thread until every earlier change is durable. */
    void sync();

    /**
     * Starts writing the queued changes without blocking; {@code hiding} says the page is hiding,
     * so it may be gone before they are written.
     */
    void flush(boolean hiding);
}
