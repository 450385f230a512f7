package dev.sparring.session.timer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often each instance looks for deadlines that have passed
 * @param claimLease how long a claimed deadline stays hidden from other instances; if the claimer
 *     dies before the deadline is handled, another instance takes it over after this
 * @param reconnectGrace how long a participant whose connection dropped counts as reconnecting
 *     before they count as having left
 */
@ConfigurationProperties("sparring.session.timers")
public record TimerProperties(
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("5s") Duration claimLease,
        @DefaultValue("30s") Duration reconnectGrace) {
}
