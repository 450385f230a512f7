package dev.sparring.system;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.WebSocketClient;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant's browser as the gateway sees it: a standard STOMP 1.2 client over WebSocket
 * (Spring's {@link WebSocketStompClient}) that authenticates with a bearer token in the handshake
 * URL, and records every frame it receives, on every subscription, in arrival order.
 */
final class StompParticipant implements AutoCloseable {

    static final String ALLOWED_ORIGIN = "http://localhost:8080";
    static final Duration WAIT = Duration.ofSeconds(20);

    private final WebSocketStompClient client;
    private final ThreadPoolTaskScheduler scheduler;
    private final StompSession session;
    private final List<Map<String, Object>> everything = new CopyOnWriteArrayList<>();
    private final CompletableFuture<StompHeaders> errorFrame;
    private final AtomicLong receipts = new AtomicLong();

    private final WebSocketSession socket;
    private final CompletableFuture<CloseStatus> closed;

    private StompParticipant(WebSocketStompClient client, ThreadPoolTaskScheduler scheduler, StompSession session,
            CompletableFuture<StompHeaders> errorFrame, WebSocketSession socket, CompletableFuture<CloseStatus> closed) {
        this.socket = socket;
        this.closed = closed;
        this.client = client;
        this.scheduler = scheduler;
        this.session = session;
        this.errorFrame = errorFrame;
    }

    static StompParticipant connect(int gatewayPort, String token) throws Exception {
        // like a browser, accept messages up to the gateway's frame limit (Tomcat's client buffers 8 KB by default)
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(128 * 1024);
        CompletableFuture<WebSocketSession> socket = new CompletableFuture<>();
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        StandardWebSocketClient standard = new StandardWebSocketClient(container);
        WebSocketStompClient client = new WebSocketStompClient(new WebSocketClient() {
            @Override
            public CompletableFuture<WebSocketSession> execute(WebSocketHandler handler, String uriTemplate,
                    Object... uriVariables) {
                return standard.execute(handler, uriTemplate, uriVariables).whenComplete(remember(socket));
            }

            @Override
            public CompletableFuture<WebSocketSession> execute(WebSocketHandler handler, WebSocketHttpHeaders headers,
                    URI uri) {
                return standard.execute(new WebSocketHandlerDecorator(handler) {
                    @Override
                    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                        closed.complete(status);
                        super.afterConnectionClosed(session, status);
                    }
                }, headers, uri).whenComplete(remember(socket));
            }
        });
        client.setInboundMessageSizeLimit(128 * 1024);
        // a receipt counts as lost after this long (Spring's default is 15 s), as long as the tests wait for it
        client.setReceiptTimeLimit(WAIT.toMillis());
        client.setMessageConverter(new CompositeMessageConverter(
                List.of(new RawBytes(), new StringMessageConverter(), new JacksonJsonMessageConverter())));
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("stomp-client-");
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin(ALLOWED_ORIGIN);
        URI uri = URI.create("ws://localhost:" + gatewayPort + "/ws?access_token=" + token);
        CompletableFuture<StompHeaders> errorFrame = new CompletableFuture<>();
        StompSession session = client.connectAsync(uri, headers, new StompHeaders(), new StompSessionHandlerAdapter() {
            @Override
            public void handleFrame(StompHeaders frameHeaders, Object payload) {
                errorFrame.complete(frameHeaders);
            }

            @Override
            public Type getPayloadType(StompHeaders frameHeaders) {
                return String.class;
            }
        }).get(10, TimeUnit.SECONDS);
        return new StompParticipant(client, scheduler, session, errorFrame, socket.get(10, TimeUnit.SECONDS), closed);
    }

    /** The close code the connection ended with, or 0 while it is open. */
    int closeStatus() {
        return closed.isDone() ? closed.join().getCode() : 0;
    }

    private static java.util.function.BiConsumer<WebSocketSession, Throwable> remember(
            CompletableFuture<WebSocketSession> socket) {
        return (opened, failure) -> {
            if (opened != null) {
                socket.complete(opened);
            }
        };
    }

    /** Sends a byte[] body as it is, whatever its content type: for frames a well-behaved client never sends. */
    private static final class RawBytes implements org.springframework.messaging.converter.MessageConverter {

        @Override
        public Object fromMessage(org.springframework.messaging.Message<?> message, Class<?> targetClass) {
            return null;
        }

        @Override
        public org.springframework.messaging.Message<?> toMessage(Object payload,
                org.springframework.messaging.MessageHeaders headers) {
            return payload instanceof byte[] bytes && headers != null
                    ? org.springframework.messaging.support.MessageBuilder.createMessage(bytes, headers) : null;
        }
    }

    /** Subscribes, waits for the gateway's receipt, and returns the queue of messages on the destination. */
    BlockingQueue<Map<String, Object>> subscribe(String destination) throws Exception {
        BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setReceipt(nextReceipt("sub-" + destination));
        StompSession.Receiptable receipt = session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders frameHeaders) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders frameHeaders, Object payload) {
                Map<String, Object> message = (Map<String, Object>) payload;
                everything.add(message);
                received.add(message);
            }
        });
        awaitReceipt(receipt);
        return received;
    }

    /** Subscribes without waiting for a receipt (a subscription the gateway may refuse). */
    void subscribeUnconfirmed(String destination) {
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders frameHeaders) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders frameHeaders, Object payload) {
                everything.add((Map<String, Object>) payload);
            }
        });
    }

    void send(String destination, Object body) {
        session.send(destination, body);
    }

    /** Sends a command and waits for its RECEIPT: Kafka has stored it. */
    void command(String sessionId, String commandId, Map<String, Object> command) throws Exception {
        StompHeaders headers = new StompHeaders();
        headers.setDestination("/app/sessions/" + sessionId + "/commands");
        headers.setReceipt(nextReceipt("cmd-" + commandId));
        awaitReceipt(session.send(headers, Map.of("commandId", commandId, "command", command)));
    }

    /** Sends a command without waiting for anything. */
    void commandNoWait(String sessionId, String commandId, Map<String, Object> command) {
        send("/app/sessions/" + sessionId + "/commands", Map.of("commandId", commandId, "command", command));
    }

    void sendRaw(String destination, String body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Every message received on any subscription, in order. */
    List<Map<String, Object>> everything() {
        return List.copyOf(everything);
    }

    boolean connected() {
        return session.isConnected();
    }

    /** The headers of the STOMP ERROR frame the gateway sent, if it sent one. */
    /**
     * Waits for the gateway to refuse this connection: an ERROR frame with the code, and the socket
     * closed. Spring closes the socket right after queueing an ERROR frame, and when another thread is
     * writing to the same socket at that moment (the CONNECTED frame, just before a refused SUBSCRIBE),
     * the queued frame goes with the close (Spring's {@code ConcurrentWebSocketSessionDecorator} drops
     * what it buffered once closing): then only the close, 1002 (protocol error), reaches the client.
     * Either way the connection is refused; a frame that does arrive must carry the code.
     */
    void awaitRefusal(String code) throws Exception {
        // frames and the close are read in order on one thread: a frame that was sent is seen first
        CompletableFuture.anyOf(errorFrame, closed).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (errorFrame.isDone()) {
            assertThat(errorFrame.join().getFirst("code")).isEqualTo(code);
        } else {
            assertThat(closed.join().getCode()).as("closed without an ERROR frame").isEqualTo(1002);
        }
    }

    static Map<String, Object> next(BlockingQueue<Map<String, Object>> queue) throws InterruptedException {
        Map<String, Object> message = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message within " + WAIT);
        }
        return message;
    }

    /** Takes messages until one matches, and returns it. */
    static Map<String, Object> nextMatching(BlockingQueue<Map<String, Object>> queue,
            Predicate<Map<String, Object>> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> message = queue.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && wanted.test(message)) {
                return message;
            }
        }
        throw new AssertionError("no matching message within " + WAIT);
    }

    /** The first message within {@code within} that matches, or null when none does. */
    static Map<String, Object> nextMatchingOrNull(BlockingQueue<Map<String, Object>> queue,
            Predicate<Map<String, Object>> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> message = queue.poll(50, TimeUnit.MILLISECONDS);
            if (message != null && wanted.test(message)) {
                return message;
            }
        }
        return null;
    }

    /** The next event of a type on an event queue, skipping others. */
    static Map<String, Object> nextEvent(BlockingQueue<Map<String, Object>> events, String type)
            throws InterruptedException {
        return nextMatching(events, event -> type.equals(type(event)));
    }

    static String type(Map<String, Object> event) {
        Object inner = event.get("event");
        return inner instanceof Map<?, ?> map ? (String) map.get("type") : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> field(Map<String, Object> message, String name) {
        return (Map<String, Object>) message.get(name);
    }

    static long sequence(Map<String, Object> event) {
        return ((Number) event.get("sequence")).longValue();
    }

    static Map<String, Object> chat(String text) {
        return Map.of("type", "chat.post", "text", text);
    }

    /**
     * A receipt id no other frame of this connection uses. Spring's client forgets a receipt by its id
     * after running the receipt's callbacks: a resent command with the same receipt id, sent from such
     * a callback's wake-up, would have its own receipt forgotten (and then reported lost).
     */
    private String nextReceipt(String prefix) {
        return prefix + "#" + receipts.incrementAndGet();
    }

    private static void awaitReceipt(StompSession.Receiptable receipt) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        receipt.addReceiptTask(latch::countDown);
        if (!latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no RECEIPT for " + receipt.getReceiptId());
        }
    }

    @Override
    public void close() {
        if (session.isConnected() && socket.isOpen()) {
            try {
                session.disconnect();
            } catch (org.springframework.messaging.MessageDeliveryException closedMeanwhile) {
                // the gateway closed the socket (after an ERROR frame) while we said goodbye
            }
        }
        client.stop();
        scheduler.shutdown();
    }

    /** Drops the connection without a DISCONNECT frame, as a lost network or a closed laptop would. */
    void drop() throws java.io.IOException {
        socket.close(CloseStatus.GOING_AWAY);
        client.stop();
        scheduler.shutdown();
    }

    /** How the gateway closed the socket, once it has. */
    boolean isOpen() {
        return socket.isOpen();
    }

}
