package io.github.pekoe.testing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.TestAbortedException;

/**
 * Where the Chromium lane's browser is: the path the system property {@value #PATH_PROPERTY} or the
 * environment variable {@value #PATH_ENV} names, else Debian's {@code /usr/bin/chromium}. Nothing is
 * ever downloaded. Without a browser the lane is skipped (the test is aborted with the reason), unless
 * {@value #REQUIRE_PROPERTY} (or {@value #REQUIRE_ENV}) is {@code true}: then it fails.
 */
public final class ChromiumLocation {

    /** The system property naming Chromium's executable. */
    public static final String PATH_PROPERTY = "pekoe.testing.chromium";
    /** The environment variable naming Chromium's executable, when the property is not set. */
    public static final String PATH_ENV = "PEKOE_CHROMIUM";
    /** The system property that makes a missing Chromium a failure instead of a skipped lane. */
    public static final String REQUIRE_PROPERTY = "pekoe.testing.requireChromium";
    /** The environment variable that does the same as {@link #REQUIRE_PROPERTY}. */
    public static final String REQUIRE_ENV = "PEKOE_REQUIRE_CHROMIUM";

    private static final Path DEBIAN = Path.of("/usr/bin/chromium");

    private ChromiumLocation() {
    }

    /**
     * The executable to launch.
     *
     * @throws IllegalStateException when a configured path is no executable, or when none is found and
     *         Chromium is required
     * @throws TestAbortedException when none is found and Chromium is not required: the lane is skipped
     */
    public static Path executable() {
        return executable(DEBIAN);
    }

    /** As {@link #executable()}, with {@code fallback} where Debian's Chromium would be. */
    static Path executable(Path fallback) {
        String configured = setting(PATH_PROPERTY, PATH_ENV);
        if (configured != null) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException("Chromium named by " + PATH_PROPERTY + " or " + PATH_ENV + " is not an"
                        + " executable file: " + path.toAbsolutePath());
            }
            return path;
        }
        if (Files.isExecutable(fallback)) {
            return fallback;
        }
        String missing = "no Chromium at " + fallback + " and none named by -D" + PATH_PROPERTY + "=PATH or "
                + PATH_ENV + "; install one (apt-get install chromium), Pekoe never downloads a browser";
        if (Boolean.parseBoolean(setting(REQUIRE_PROPERTY, REQUIRE_ENV))) {
            throw new IllegalStateException("the Chromium lane is required (" + REQUIRE_PROPERTY + "=true) but there is "
                    + missing);
        }
        throw new TestAbortedException("Chromium lane skipped: " + missing);
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
