package dev.wharf.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler, which runs the webhook poller ({@code WebhookWorker.poll}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookScheduling {
}
