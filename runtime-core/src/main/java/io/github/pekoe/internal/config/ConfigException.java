package io.github.pekoe.internal.config;

/** The page's configuration cannot be used; the message names the source and the problem. */
public class ConfigException extends RuntimeException {
    /** Creates the exception with a message a page author can act on. */
    public ConfigException(String message) {
        super(message);
    }
}
