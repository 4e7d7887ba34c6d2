package io.github.pekoe.maven;

/** The port {@code pekoe:run} serves on: {@code PEKOE_PORT} when set, else the pom's. */
final class ServePort {
    private ServePort() {
    }

    /** {@code environment} (the value of {@code PEKOE_PORT}, or null) when set, else {@code configured}. */
    static int of(String environment, int configured) throws org.apache.maven.plugin.MojoExecutionException {
        if (environment == null || environment.isBlank()) {
            return configured;
        }
        try {
            int port = Integer.parseInt(environment.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new org.apache.maven.plugin.MojoExecutionException("PEKOE_PORT='" + environment
                + "' is not a port number (0 to 65535)");
    }
}
