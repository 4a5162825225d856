package dev.wharf.api.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which URLs Wharf accepts for what it fetches or calls ({@code wharf.urls.*}).
 *
 * @param allowLoopbackHttp accept {@code http://} URLs to the loopback interface besides {@code https://}:
 *                          for tests and single-machine set-ups only
 */
@ConfigurationProperties("wharf.urls")
record UrlSettings(boolean allowLoopbackHttp) {
}
