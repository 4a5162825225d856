package dev.wharf.api.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin API ({@code wharf.admin.*}).
 *
 * @param token the admin API's bearer token ({@code WHARF_ADMIN_TOKEN}); blank, the admin API answers 404
 */
@ConfigurationProperties("wharf.admin")
record AdminSettings(@DefaultValue("") String token) {
}
