package io.github.pekoe.processor;

/** The rule for script and handler names: what a page may write in {@code src} or a {@code py-*} attribute. */
public final class ScriptNames {
    private ScriptNames() {
    }

    /** Returns why {@code name} cannot name a script, or null when it can. */
    public static String problem(String name) {
        return problem(name, "script");
    }

    /** Returns why {@code name} cannot name a {@code kind} (script, handler), or null when it can. */
    public static String problem(String name, String kind) {
        if (name == null || name.isEmpty()) {
            return "a " + kind + " name must not be empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '/';
            if (!allowed) {
                return "the " + kind + " name '" + name + "' has the character '" + c
                        + "'; use letters, digits, '-', '_', '.' and '/'";
            }
        }
        return null;
    }
}
