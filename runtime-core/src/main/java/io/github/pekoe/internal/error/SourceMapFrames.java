package io.github.pekoe.internal.error;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the frames of a JavaScript stack into Java frames through the bundle's source map, in a
 * development build only (see {@link JavaFrames}): {@code at igpeb_Greeter_save (…/app/pekoe.js:120:9)}
 * becomes {@code at com.example.Greeter.save(Greeter.java:42)}. The source map gives the Java file and
 * line; the function's readable name (a build with {@code minifying} false) gives the method. A frame
 * the map does not cover, or whose map cannot be read, stays as it was.
 */
final class SourceMapFrames {
    private static final Map<String, @Nullable SourceMap> MAPS = new HashMap<>();

    private SourceMapFrames() {
    }

    /** Returns {@code jsStack} with each frame it can map written as a Java frame, one {@code "    at "} line each. */
    static String rewrite(String jsStack) {
        StringBuilder out = new StringBuilder();
        for (String line : jsStack.split("\n")) {
            String frame = line.trim();
            JsFrame parsed = JsFrame.parse(frame);
            if (parsed == null) {
                out.append(line).append('\n');
                continue;
            }
            String java = javaFrame(parsed);
            out.append("    at ").append(java != null ? java : frame.startsWith("at ") ? frame.substring(3) : frame)
                    .append('\n');
        }
        return out.toString();
    }

    private static @Nullable String javaFrame(JsFrame frame) {
        SourceMap map = mapOf(frame.url());
        String[] place = map == null ? null : map.find(frame.line() - 1, frame.column() - 1);
        if (place == null) {
            return null;
        }
        String path = place[0];
        String file = path.substring(path.lastIndexOf('/') + 1);
        String className = (path.endsWith(".java") ? path.substring(0, path.length() - 5) : path).replace('/', '.');
        String simple = file.endsWith(".java") ? file.substring(0, file.length() - 5) : file;
        return className + member(frame.function(), simple) + "(" + file + ":" + place[1] + ")";
    }

    /**
     * What follows the class in a frame, from TeaVM's readable function name {@code PACKAGE_Class_method}:
     * {@code .method}, {@code $Inner.method} or {@code $method$lambda$_1_0.handle}; empty when the
     * name does not say (a minified build).
     */
    static String member(String function, String simpleClass) {
        int at = function.indexOf("_" + simpleClass);
        if (at < 0) {
            return "";
        }
        String rest = function.substring(at + 1 + simpleClass.length());
        if (rest.startsWith("_")) {
            return "." + rest.substring(1);
        }
        int last = rest.lastIndexOf('_');
        return last <= 0 ? rest : rest.substring(0, last) + "." + rest.substring(last + 1);
    }

    private static @Nullable SourceMap mapOf(String url) {
        if (!MAPS.containsKey(url)) {
            MAPS.put(url, SourceMap.load(url + ".map"));
        }
        return MAPS.get(url);
    }
}
