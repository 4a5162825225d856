package dev.wharf.api.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo data of a first start ({@code wharf.demo.*}).
 *
 * @param enabled create a demo warehouse and ShipAPI key on the first start of an empty embedded database
 */
@ConfigurationProperties("wharf.demo")
record DemoSettings(@DefaultValue("true") boolean enabled) {
}
