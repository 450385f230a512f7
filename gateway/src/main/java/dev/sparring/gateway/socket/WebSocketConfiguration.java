package dev.sparring.gateway.socket;

import dev.sparring.gateway.system.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.messaging.access.intercept.AuthorizationChannelInterceptor;
import org.springframework.security.messaging.context.SecurityContextChannelInterceptor;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * STOMP 1.2 over WebSocket at {@code /ws}. The handshake is authenticated by the HTTP security chain
 * (a bearer token) and checked against the allowed origins; every frame after it is authorized by
 * {@link MessageAuthorization}. The in-memory broker only tracks this instance's own subscriptions;
 * what instances share is the Kafka event stream.
 *
 * <p>Message security is wired by hand rather than with {@code @EnableWebSocketSecurity}, whose
 * CONNECT frames must carry a CSRF token: that defends cookie-authenticated sockets against
 * cross-site hijacking, which the Origin allow-list at the handshake and bearer-token authentication
 * already prevent, and it would shut out non-browser STOMP clients.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";

    private final GatewayProperties properties;
    private final SocketMemberships memberships;
    private final ClientFrames frames;
    private final SocketLimits limits;
    private final ConnectionMessages connections;
    private final ConnectionRegistry registry;
    private final JsonMapper json;

    WebSocketConfiguration(GatewayProperties properties, SocketMemberships memberships, ClientFrames frames,
            SocketLimits limits, @Lazy ConnectionMessages connections, ConnectionRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
        this.properties = properties;
        this.memberships = memberships;
        this.frames = frames;
        this.limits = limits;
        this.connections = connections;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry endpoints) {
        // a participant's commands must reach Kafka in the order they were sent; the inbound
        // channel is a thread pool otherwise free to reorder them
        endpoints.setPreserveReceiveOrder(true);
        endpoints.setErrorHandler(new StompErrors());
        endpoints.addEndpoint(ENDPOINT).setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new SecurityContextChannelInterceptor(),
                new RefusedFrames(new AuthorizationChannelInterceptor(MessageAuthorization.rules(memberships)), frames),
                new FrameRateLimit(limits, connections, registry),
                new SubscriptionReceipts(frames));
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(new CandidateRedaction(registry, json));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry broker) {
        ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        heartbeats.initialize();
        long heartbeat = properties.heartbeat().toMillis();
        // events reach each socket in sequence order; the outbound channel is a thread pool
        // otherwise free to reorder
        broker.setPreservePublishOrder(true);
        broker.setApplicationDestinationPrefixes("/app");
        broker.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {heartbeat, heartbeat})
                .setTaskScheduler(heartbeats);
        broker.setUserDestinationPrefix("/user");
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
        container.setMaxSessionIdleTimeout(properties.heartbeat().multipliedBy(6).toMillis());
        return container;
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit((int) properties.maxFrameSize().toBytes());
        registration.addDecoratorFactory(registry);
        registration.addDecoratorFactory(new ExplicitDisconnects());
    }
}
