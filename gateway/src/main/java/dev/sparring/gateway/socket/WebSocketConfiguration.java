package dev.sparring.gateway.socket;

import dev.sparring.gateway.system.GatewayProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP 1.2 over WebSocket at {@code /ws}. Clients SEND to {@code /app/...} (handled here and
 * forwarded to Kafka) and SUBSCRIBE to {@code /topic/sessions/{id}/...}. The in-memory broker only
 * tracks this instance's own subscriptions; what every instance shares is the Kafka event stream.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";

    private final GatewayProperties properties;
    private final MessageChannel clientOutbound;

    WebSocketConfiguration(GatewayProperties properties, @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound) {
        this.properties = properties;
        this.clientOutbound = clientOutbound;
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new SubscriptionReceipts(clientOutbound));
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // a participant's commands must reach Kafka in the order they were sent; the inbound
        // channel is a thread pool otherwise free to reorder them
        registry.setPreserveReceiveOrder(true);
        registry.addEndpoint(ENDPOINT)
                .setHandshakeHandler(new ParticipantHandshakeHandler())
                .setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        heartbeats.initialize();
        long heartbeat = properties.heartbeat().toMillis();
        // events reach each socket in sequence order; the outbound channel is a thread pool
        // otherwise free to reorder
        registry.setPreservePublishOrder(true);
        registry.setApplicationDestinationPrefixes("/app");
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {heartbeat, heartbeat})
                .setTaskScheduler(heartbeats);
        registry.setUserDestinationPrefix("/user");
    }

    /**
     * Tomcat buffers at most 8 KB of a text message by default; raise the container's limit to the
     * frame limit so every frame up to it arrives whole, and anything larger is closed with 1009.
     */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        int limit = (int) properties.maxFrameSize().toBytes();
        container.setMaxTextMessageBufferSize(limit);
        container.setMaxBinaryMessageBufferSize(limit);
        return container;
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit((int) properties.maxFrameSize().toBytes());
    }
}
