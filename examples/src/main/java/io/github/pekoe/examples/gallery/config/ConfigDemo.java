package io.github.pekoe.examples.gallery.config;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import java.util.Map;

/** Reads the page's &lt;java-config&gt;, which is a read-only Map. */
@Script("config-demo")
public class ConfigDemo {
    /** Shows the config and proves it cannot be changed. */
    public static void main(String[] args) {
        Map<String, Object> config = config();
        display("title: " + config.get("title"));
        display("colors: " + config.get("colors"));
        display("answer: " + config.get("answer"));
        display("keys, in the page's order: " + config.keySet());
        try {
            config.put("title", "changed");
            display("the config changed (it should not)");
        } catch (UnsupportedOperationException e) {
            display("config() is read-only: put(...) threw UnsupportedOperationException");
        }
    }
}
