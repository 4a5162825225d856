package dev.wharf.api.console;

import java.io.Serializable;

/**
 * The big result line at the top of a work screen: green when the scan or action was done, red
 * when it was refused, and what to do next either way. Texts are already in the operator's
 * language. Carried across the redirect of POST-redirect-GET as a flash attribute named
 * {@code banner}, so it is serialisable.
 */
public record Banner(boolean ok, String title, String detail, String next) implements Serializable {
}
