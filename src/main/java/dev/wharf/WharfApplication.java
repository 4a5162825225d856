package dev.wharf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** Wharf: an open warehouse backend speaking several published API dialects over one core. */
// No in-memory user with a generated password: every dialect authenticates against the database.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class WharfApplication {

    public static void main(String[] args) {
        SpringApplication.run(WharfApplication.class, args);
    }
}
