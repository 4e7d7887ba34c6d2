package io.github.pekoe.maven;

import io.github.pekoe.maven.build.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The build's log, and TeaVM's, written to Maven's. */
final class MavenToolLog extends BuildLog {
    private final Log log;

    MavenToolLog(Log log) {
        this.log = log;
    }

    @Override
    protected void write(Level level, String text, Throwable error) {
        switch (level) {
            case DEBUG -> log.debug(text, error);
            case INFO -> log.info(text, error);
            case WARNING -> log.warn(text, error);
            case ERROR -> log.error(text, error);
        }
    }
}
