package dev.wharf.api.console;

/**
 * One entry of the console's navigation. Any bean implementing {@link Menu} adds entries, so a new
 * screen joins the navigation without editing the layout.
 *
 * @param label      message key of the entry's text
 * @param path       where it leads, e.g. {@code /console/receive}
 * @param position   order in the bar (lower first); floor flows 100–199, supervisor screens 200–299
 * @param supervisor shown to supervisors only
 */
public record MenuItem(String label, String path, int position, boolean supervisor) {

    /** Contributes entries to the navigation. */
    public interface Menu {
        java.util.List<MenuItem> items();
    }
}
