package io.github.pekoe.maven.check;

import io.github.pekoe.pagecheck.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Names a finding's file as the user edits it: a page the check read in the built site is reported at its
 * source ({@code src/main/webapp/index.html}), a {@code @When}'s Java file under the source folder, both
 * relative to the project folder, so a build log's {@code path:line:col} opens the right file.
 */
public final class FindingPaths {
    private final Path project;
    private final List<Path> roots;

    /**
     * Paths relative to {@code project}, a finding's relative file looked up in {@code roots} in order
     * (the source site folder, the Java source folder, the built site folder).
     */
    public FindingPaths(Path project, List<Path> roots) {
        this.project = project.toAbsolutePath().normalize();
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    }

    /**
     * {@code finding} with its file named as the user edits it: a relative file, or an absolute one under a
     * root, is looked up by its path under the roots, in their order; unchanged when none holds it.
     */
    public Finding locate(Finding finding) {
        Path path = Path.of(finding.file());
        Path found = path.isAbsolute() ? underRoots(path.normalize()) : inRoots(path.toString());
        if (found == null || !found.startsWith(project)) {
            return finding;
        }
        String shown = project.relativize(found).toString().replace('\\', '/');
        return new Finding(finding.rule(), shown, finding.line(), finding.column(), finding.message());
    }

    private Path underRoots(Path file) {
        for (Path root : roots) {
            if (file.startsWith(root)) {
                Path found = inRoots(root.relativize(file).toString());
                return found != null ? found : file;
            }
        }
        return file;
    }

    private Path inRoots(String file) {
        for (Path root : roots) {
            Path candidate = root.resolve(file).normalize();
            if (candidate.startsWith(root) && Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
