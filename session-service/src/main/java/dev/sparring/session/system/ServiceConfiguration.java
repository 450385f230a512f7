package dev.sparring.session.system;

import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("dev.sparring.session")
@EnableScheduling
class ServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
