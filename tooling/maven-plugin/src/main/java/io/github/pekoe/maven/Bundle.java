package io.github.pekoe.maven;

/**
 * One {@code <bundle>} of the {@code build} goal's {@code <bundles>}: a bundle named {@code name}
 * ({@code app/NAME.js}) that carries the scripts and handlers of the page package {@code package}
 * (its generated {@code PekoePage} is the entry point). Maven fills it from the user's pom.
 */
public class Bundle {
    private String name;
    private String packageName;

    /** An empty bundle, for Maven to fill. */
    public Bundle() {
    }

    /** A bundle named {@code name} for the page package {@code packageName}. */
    public Bundle(String name, String packageName) {
        this.name = name;
        this.packageName = packageName;
    }

    /** The bundle's file name without {@code .js}. */
    public String getName() {
        return name;
    }

    /** Sets the bundle's file name without {@code .js} ({@code <name>}). */
    public void setName(String name) {
        this.name = name;
    }

    /** The page package whose scripts and handlers it carries. */
    public String getPackage() {
        return packageName;
    }

    /** Sets the page package ({@code <package>}: a keyword in Java, so Maven calls this setter). */
    public void setPackage(String packageName) {
        this.packageName = packageName;
    }

    @Override
    public String toString() {
        return "<bundle><name>" + name + "</name><package>" + packageName + "</package></bundle>";
    }
}
