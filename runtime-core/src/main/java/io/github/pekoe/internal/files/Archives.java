package io.github.pekoe.internal.files;

import java.io.File;

/**
 * Unpacks the config's {@code .zip}, {@code .whl}, {@code .tar}, {@code .tar.gz} and {@code .tgz}
 * files into their directories; made only by {@code Bootstrap.enableArchives()}, so bundles whose
 * package does not say {@code @FilesConfig(archives = true)} carry none of the archive readers.
 */
public final class Archives implements PageFiles.Unpacker {
    @Override
    public void unpack(FileTarget target, byte[] archive) {
        byte[] bytes = target.kind() == FileTarget.TAR_GZ ? Inflate.run(archive, "gzip") : archive;
        ArchiveEntry[] entries = target.kind() == FileTarget.ZIP ? ZipEntries.read(bytes) : TarEntries.read(bytes);
        VirtualFiles.directory(new File(target.path()));
        for (ArchiveEntry entry : entries) {
            String path = FileTargets.absolute(target.path() + entry.name());
            if (entry.isDirectory()) {
                VirtualFiles.directory(new File(path));
            } else {
                byte[] data = entry.bytes(bytes);
                VirtualFiles.write(path, entry.isDeflated() ? Inflate.run(data, "deflate-raw") : data);
            }
        }
    }
}
