package dev.sparring.gateway.socket;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param framesPerSecond sustained SEND frames a connection may send (typing in the code pad sends
 *     a few a second)
 * @param burst frames a connection may send at once after being quiet
 * @param abuseThreshold refused frames within {@code abuseWindow} after which the connection is
 *     closed with 1008
 */
@ConfigurationProperties("sparring.gateway.limits")
public record SocketLimits(@DefaultValue("20") int framesPerSecond, @DefaultValue("60") int burst,
        @DefaultValue("100") int abuseThreshold, @DefaultValue("10s") Duration abuseWindow) {
}
