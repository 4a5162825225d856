package dev.wharf.observability;

/**
 * The dialect a request speaks, from its mount: a small fixed set, so it is safe as a metric tag
 * (the raw path is not: it carries ids).
 */
final class Dialects {

    static final String OTHER = "other";

    private Dialects() {
    }

    static String of(String path) {
        if (path == null) {
            return OTHER;
        }
        if (under(path, "/shipapi")) {
            return "shipapi";
        }
        if (under(path, "/logistics/api")) {
            return "logistics";
        }
        if (under(path, "/deliverr")) {
            return "deliverr";
        }
        if (under(path, "/ops/api")) {
            return "ops";
        }
        if (under(path, "/admin/api")) {
            return "admin";
        }
        return OTHER;
    }

    private static boolean under(String path, String mount) {
        return path.startsWith(mount) && (path.length() == mount.length() || path.charAt(mount.length()) == '/');
    }
}
