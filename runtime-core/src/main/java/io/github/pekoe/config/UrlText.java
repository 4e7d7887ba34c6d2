package io.github.pekoe.config;

import io.github.pekoe.fetch.Fetch;
import io.github.pekoe.fetch.FetchException;
import io.github.pekoe.fetch.FetchResponse;

/** Reads a text file from the page's server, blocking the calling TeaVM thread. */
final class UrlText {
    private UrlText() {
    }

    /**
     * Returns the body of a GET of {@code url}, with Pekoe's fetch (so over XMLHttpRequest where the
     * browser has no fetch).
     *
     * @throws ConfigException if the request fails or the status is not 2xx
     */
    static String get(String url, String origin) {
        String problem;
        try {
            FetchResponse response = Fetch.start(url, null).response();
            if (response.ok()) {
                return response.text();
            }
            problem = "HTTP " + response.status() + " " + response.statusText();
        } catch (FetchException | IllegalArgumentException e) {
            problem = e.getMessage();
        }
        throw new ConfigException("could not load the config '" + url + "' named in " + origin + ": " + problem);
    }
}
