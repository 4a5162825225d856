package dev.wharf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Wharf: an open warehouse backend speaking several published API dialects over one core. */
@SpringBootApplication
public class WharfApplication {

    public static void main(String[] args) {
        SpringApplication.run(WharfApplication.class, args);
    }
}
