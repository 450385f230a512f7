package dev.sparring.system;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A participant's browser as the gateway sees it: a standard STOMP 1.2 client over WebSocket
 * (Spring's {@link WebSocketStompClient}), recording every frame it receives.
 */
final class StompParticipant implements AutoCloseable {

    static final String ALLOWED_ORIGIN = "http://localhost:8080";

    private final WebSocketStompClient client;
    private final StompSession session;

    private StompParticipant(WebSocketStompClient client, StompSession session) {
        this.client = client;
        this.session = session;
    }


    static StompParticipant connect(int gatewayPort, String name, String role) throws Exception {
        // like a browser, accept messages up to the gateway's frame limit (Tomcat's client buffers 8 KB by default)
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(128 * 1024);
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setInboundMessageSizeLimit(128 * 1024);
        client.setMessageConverter(new JacksonJsonMessageConverter());
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("stomp-client-");
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin(ALLOWED_ORIGIN);
        URI uri = URI.create("ws://localhost:" + gatewayPort + "/ws?name=" + name + "&role=" + role);
        StompSession session = client.connectAsync(uri, headers, new StompHeaders(), new StompSessionHandlerAdapter() {
        }).get(10, TimeUnit.SECONDS);
        return new StompParticipant(client, session);
    }

    /** Subscribes and returns the queue every message on the destination lands in, as parsed JSON. */
    BlockingQueue<Map<String, Object>> subscribe(String destination) throws Exception {
        BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setReceipt("sub-" + destination);
        StompSession.Receiptable receipt = session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders frameHeaders) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders frameHeaders, Object payload) {
                received.add((Map<String, Object>) payload);
            }
        });
        awaitReceipt(receipt);
        return received;
    }

    void send(String destination, Object body) {
        session.send(destination, body);
    }

    static Map<String, Object> next(BlockingQueue<Map<String, Object>> queue, Duration timeout)
            throws InterruptedException {
        Map<String, Object> message = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message within " + timeout);
        }
        return message;
    }

    private void awaitReceipt(StompSession.Receiptable receipt) throws InterruptedException {
        java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
        receipt.addReceiptTask(latch::countDown);
        if (!latch.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no RECEIPT for " + receipt.getReceiptId());
        }
    }

    static Map<String, Object> chat(String commandId, String text) {
        return Map.of("commandId", commandId, "command", Map.of("type", "chat.post", "text", text));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> field(Map<String, Object> message, String name) {
        return (Map<String, Object>) message.get(name);
    }

    static List<String> types(List<Map<String, Object>> events) {
        return events.stream().map(event -> (String) ((Map<?, ?>) event.get("event")).get("type")).toList();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
        client.stop();
        ((ThreadPoolTaskScheduler) client.getTaskScheduler()).shutdown();
    }
}
