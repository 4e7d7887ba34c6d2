package io.github.pekoe.maven.check;

import io.github.pekoe.pagecheck.Bundle;
import io.github.pekoe.pagecheck.Finding;
import io.github.pekoe.pagecheck.PageCheck;
import io.github.pekoe.pagecheck.PageCheckInput;
import java.nio.file.Path;
import java.util.List;

/** Runs the page check over a built site and gives its findings with the files named as the user edits them. */
public final class SiteCheck {
    private SiteCheck() {
    }

    /**
     * The findings for the pages under {@code site}, against the name indexes of {@code classOutputs} and the
     * {@code bundles} the build made, each file located by {@code paths}.
     */
    public static List<Finding> run(Path site, List<Path> classOutputs, List<Bundle> bundles, FindingPaths paths) {
        return PageCheck.check(new PageCheckInput(site, classOutputs, bundles)).stream().map(paths::locate).toList();
    }
}
