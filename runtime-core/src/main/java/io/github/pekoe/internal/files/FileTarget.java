package io.github.pekoe.internal.files;

/** One entry of the config's {@code files}, expanded: the URL to fetch and where its bytes go. */
public final class FileTarget {
    /** Written as it is. */
    public static final int PLAIN = 0;
    /** A zip archive ({@code .zip}, {@code .whl}), unpacked. */
    public static final int ZIP = 1;
    /** A tar archive ({@code .tar}), unpacked. */
    public static final int TAR = 2;
    /** A gzipped tar archive ({@code .tar.gz}, {@code .tgz}), unpacked. */
    public static final int TAR_GZ = 3;

    private final String key;
    private final String url;
    private final String path;
    private final int kind;

    FileTarget(String key, String url, String path, int kind) {
        this.key = key;
        this.url = url;
        this.path = path;
        this.kind = kind;
    }

    /** The entry's key as the config writes it, placeholders and all, for messages. */
    public String key() {
        return key;
    }

    /** The URL to fetch, placeholders filled in; relative URLs are resolved by the caller. */
    public String url() {
        return url;
    }

    /** The absolute path written: the file's, or for an archive the directory (ending in '/') it fills. */
    public String path() {
        return path;
    }

    /** {@link #PLAIN}, or the kind of archive unpacked into {@link #path()}. */
    public int kind() {
        return kind;
    }
}
