package dev.wharf.reports;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The report poller needs Spring's scheduler, whoever else turns it on or off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportScheduling {
}
