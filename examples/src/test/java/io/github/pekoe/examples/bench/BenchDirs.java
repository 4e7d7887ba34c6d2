package io.github.pekoe.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the built benchmark pages and the npm folder are: from system properties Maven sets. */
final class BenchDirs {

    private BenchDirs() {
    }

    /** The built benchmark directory ({@code pekoe.bench.dir}); fails with a clear message when it is not built. */
    static Path bench() {
        Path dir = Path.of(System.getProperty("pekoe.bench.dir", "examples/target/bench")).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("app/hello.js"))) {
            throw new IllegalStateException("missing " + dir.resolve("app/hello.js") + ": build the examples first"
                    + " (mvn -B -Pbench -pl examples -am package -DskipTests builds and runs the benchmark)");
        }
        return dir;
    }

    /** The folder npm installs PyScript into ({@code pekoe.bench.npm.dir}), beside the benchmark directory. */
    static Path npm() {
        String dir = System.getProperty("pekoe.bench.npm.dir");
        return dir != null ? Path.of(dir).toAbsolutePath() : bench().resolveSibling("bench-npm");
    }
}
