package dev.sparring.gateway.system;

import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("dev.sparring.gateway")
@EnableScheduling
class PropertiesConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
