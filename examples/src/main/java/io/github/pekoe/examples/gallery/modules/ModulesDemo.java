package io.github.pekoe.examples.gallery.modules;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.bundle.JavaBundle;
import io.github.pekoe.ffi.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JavaScript modules from Java, and a second Java bundle loaded only when a button asks for it. */
@Script("modules-demo")
public class ModulesDemo {
    /** The teas and their steeping times in seconds. */
    static List<Map<String, Object>> teas() {
        return List.of(Map.of("name", "Sencha", "value", 60), Map.of("name", "Oolong", "value", 150),
                Map.of("name", "Darjeeling", "value", 180), Map.of("name", "Assam", "value", 240));
    }

    /** The config's js_modules imported "teatime" before this script ran: Java calls it like any object. */
    public static void main(String[] args) {
        JsValue teatime = jsModules("teatime");
        for (Map<String, Object> tea : teas()) {
            display(tea.get("name") + ": steep " + teatime.call("clock", tea.get("value")).asString() + ", a "
                    + teatime.call("strength", tea.get("value")).asString() + " cup");
        }
        page.get("bytes-before").text("JavaScript loaded so far:\n" + scriptsLoaded());
    }

    /** Imports the chart module now (once: later imports get the same module) and hands it a Java lambda. */
    @Handler
    public static void drawChart() {
        JsValue bars = jsImport("./js/bars.mjs").get(0);
        int[] calls = {0};
        JsCallback label = JsCallback.of("label", args -> {
            calls[0]++;
            return args[0].asString() + " " + jsModules("teatime").call("clock", args[1].asInt()).asString();
        });
        bars.call("draw", page.get("chart"), teas(), label);   // the chart calls label once per bar
        label.release();                                       // the chart keeps no reference to it
        page.get("chart-note").text("bars.mjs called the Java lambda " + calls[0] + " times, once per bar");
    }

    /** Loads the lazy bundle "brewstats" on first use and calls its export; a second load loads nothing. */
    @Handler
    public static void loadStats() {
        boolean first = !scriptsLoaded().contains("brewstats.js");
        JavaBundle stats = javaImport("brewstats");
        List<Object> seconds = new ArrayList<>();
        for (Map<String, Object> tea : teas()) {
            seconds.add(tea.get("value"));
        }
        page.get("stats-report").text((String) stats.call("report", seconds));
        page.get("bytes-after").text((first ? "JavaScript loaded now:\n" : "Loaded again, nothing new was loaded:\n")
                + scriptsLoaded());
    }

    /**
     * The JavaScript files the page has loaded, each with the bytes it moved (compressed, as the
     * browser's resource timing reports them; none when the browser's cache had it), and their sum.
     */
    static String scriptsLoaded() {
        JsValue entries = JsValue.global().call("performance.getEntriesByType", "resource");
        StringBuilder text = new StringBuilder();
        long total = 0;
        for (int i = 0; i < entries.get("length").asInt(); i++) {
            String url = entries.get(i + ".name").asString();
            String file = url.substring(url.indexOf('/', url.indexOf("//") + 2) + 1);
            if (file.endsWith(".js") || file.endsWith(".mjs")) {
                long bytes = entries.get(i + ".encodedBodySize").asLong();
                total += bytes;
                text.append(file).append(bytes > 0 ? ": " + bytes + " bytes\n" : ": from the browser's cache\n");
            }
        }
        return text.append("in all: ").append(total).append(" bytes").toString();
    }
}
