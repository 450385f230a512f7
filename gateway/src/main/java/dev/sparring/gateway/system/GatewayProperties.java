package dev.sparring.gateway.system;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param allowedOrigins browser origins allowed to open a WebSocket (checked at the handshake)
 * @param maxFrameSize the largest STOMP frame a client may send; larger ones are refused
 * @param heartbeat STOMP heart-beat interval in both directions
 * @param evaluationUrl where the evaluation-service answers, for the calls the gateway forwards
 */
@ConfigurationProperties("sparring.gateway")
public record GatewayProperties(
        @DefaultValue({"http://localhost:8080", "http://127.0.0.1:8080"}) List<String> allowedOrigins,
        @DefaultValue("64KB") DataSize maxFrameSize,
        @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("http://localhost:8082") URI evaluationUrl) {
}
