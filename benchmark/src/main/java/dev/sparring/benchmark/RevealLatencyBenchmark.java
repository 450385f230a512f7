package dev.sparring.benchmark;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reveal-to-candidate latency of a running Sparring platform, over real sockets.
 *
 * <p>Creates N sessions over REST, starts a round in each, connects one interviewer and one candidate
 * STOMP client per session, and then has every interviewer send {@code prompt.reveal} and
 * {@code prompt.hide} of one deep dive alternately at a fixed rate (open loop: the schedule does not wait
 * for answers). The latency of a command is the time from just before its SEND to the arrival of its
 * {@code prompt.revealed} / {@code prompt.hidden} event on the candidate's socket, matched by the
 * envelope's {@code commandId}. Run by hand against {@code ./run-local.sh}; see docs/benchmark.md.
 */
public final class RevealLatencyBenchmark {

    private static final int REDIS_PORT = Integer.getInteger("sparring.benchmark.redisPort", 16379);
    private static final int MAX_TEXT_MESSAGE = 64 * 1024;
    /** REST calls in flight while sessions are created (each waits for the session-service's decision). */
    private static final int SETUP_THREADS = 16;

    private final BenchmarkOptions options;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final PlatformApi api;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    /** Commands sent and not yet answered, by the platform's command id (the events' commandId). */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final LatencyRecorder measured = new LatencyRecorder();
    private final LatencyRecorder toDecision = new LatencyRecorder();
    private final LatencyRecorder fromDecision = new LatencyRecorder();
    private final LongAdder sentInWindow = new LongAdder();
    private final LongAdder sentTotal = new LongAdder();
    private final LongAdder sendFailures = new LongAdder();
    private final LongAdder refusals = new LongAdder();
    private final LongAdder refusalsInWindow = new LongAdder();
    private final LongAdder transportErrors = new LongAdder();
    private final LongAdder unmatchedEvents = new LongAdder();
    private final Map<String, LongAdder> refusalCodes = new ConcurrentHashMap<>();
    private volatile long measureStart = Long.MAX_VALUE;
    private volatile long measureEnd = Long.MAX_VALUE;

    private RevealLatencyBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.api = new PlatformApi(options.gateway(), json);
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        String report = new RevealLatencyBenchmark(options).run();
        System.out.println();
        System.out.println(report);
        Path directory = Path.of(options.outputDirectory());
        Files.createDirectories(directory);
        Path file = directory.resolve("results-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()) + ".md");
        Files.writeString(file, report);
        System.out.println("Written to " + file.toAbsolutePath());
        System.exit(0);
    }

    private record Pending(long sentNanos, long sentEpochMicros, boolean inWindow) {
    }

    /** One interview: its interviewer's and its candidate's connection, and the toggle of the prompt. */
    private final class Bench {

        final int index;
        final String sessionId;
        final String interviewer;
        final String interviewerToken;
        final String inviteToken;
        final AtomicLong commands = new AtomicLong();
        volatile boolean revealNext = true;
        volatile StompSession interviewerSocket;
        volatile StompSession candidateSocket;
        final byte[][] bodies = new byte[2][];

        Bench(int index, String sessionId, String interviewer, String interviewerToken, String inviteToken) {
            this.index = index;
            this.sessionId = sessionId;
            this.interviewer = interviewer;
            this.interviewerToken = interviewerToken;
            this.inviteToken = inviteToken;
        }

        String destination() {
            return "/app/sessions/" + sessionId + "/commands";
        }

        /** Sends the next reveal or hide; runs on the client's few load threads. */
        void tick() {
            StompSession socket = interviewerSocket;
            boolean reveal = revealNext;
            revealNext = !reveal;
            String clientId = runId + "-" + index + "-" + commands.incrementAndGet();
            String platformId = platformCommandId(sessionId, interviewer, clientId);
            byte[] body = json.writeValueAsBytes(Map.of("commandId", clientId, "command",
                    Map.of("type", reveal ? "prompt.reveal" : "prompt.hide", "promptId", options.promptId())));
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination());
            headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
            long now = System.nanoTime();
            boolean inWindow = now >= measureStart && now < measureEnd;
            pending.put(platformId, new Pending(now, epochMicros(Instant.now()), inWindow));
            try {
                socket.send(headers, body);
                sentTotal.increment();
                if (inWindow) {
                    sentInWindow.increment();
                }
            } catch (RuntimeException e) {
                pending.remove(platformId);
                sendFailures.increment();
            }
        }

        void onRefusal(JsonNode error) {
            String code = error.path("code").asString("unknown");
            refusalCodes.computeIfAbsent(code, key -> new LongAdder()).increment();
            String clientId = error.path("commandId").asString(null);
            if (clientId != null) {
                Pending refused = pending.remove(platformCommandId(sessionId, interviewer, clientId));
                if (refused != null) {
                    refusals.increment();
                    if (refused.inWindow()) {
                        refusalsInWindow.increment();
                    }
                }
            }
            String message = error.path("message").asString("");
            // the toggle got out of step with the session (a command lost or refused): follow the session
            if (message.contains("visible already")) {
                revealNext = false;
            } else if (message.contains("not visible")) {
                revealNext = true;
            }
        }

        void onEvent(long receivedNanos, long receivedEpochMicros, String body) {
            if (!body.contains("\"prompt.")) {
                return;
            }
            JsonNode envelope = json.readTree(body);
            String type = envelope.path("event").path("type").asString("");
            if (!type.equals("prompt.revealed") && !type.equals("prompt.hidden")) {
                return;
            }
            Pending answered = pending.remove(envelope.path("commandId").asString(""));
            if (answered == null) {
                unmatchedEvents.increment();
            } else if (answered.inWindow()) {
                measured.record(receivedNanos - answered.sentNanos());
                // the envelope's occurredAt is the session-service's clock when it decided (same machine, same clock)
                long decided = epochMicros(Instant.parse(envelope.path("occurredAt").asString()));
                toDecision.record((decided - answered.sentEpochMicros()) * 1_000);
                fromDecision.record((receivedEpochMicros - decided) * 1_000);
            }
        }
    }

    private static long epochMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    /** The id the platform gives a client's command, which its events carry (see docs/protocol.md, Receipts). */
    static String platformCommandId(String sessionId, String userId, String clientCommandId) {
        return UUID.nameUUIDFromBytes((sessionId + "/" + userId + "/" + clientCommandId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String run() throws Exception {
        int n = options.sessions();
        log("Reveal latency benchmark against %s: %d sessions, a command every %s per session (%.0f/s offered), "
                + "warm-up %s, measured %s", options.gateway(), n, options.revealInterval(),
                n * 1000.0 / options.revealInterval().toMillis(), options.warmUp(), options.duration());

        ExecutorService rest = Executors.newFixedThreadPool(SETUP_THREADS);
        List<Bench> benches = setUpSessions(rest);

        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        scheduler.initialize();
        ThreadPoolTaskExecutor connectors = new ThreadPoolTaskExecutor();
        connectors.setCorePoolSize(options.clientThreads());
        connectors.setMaxPoolSize(options.clientThreads());
        connectors.setThreadNamePrefix("stomp-connect-");
        connectors.initialize();
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(MAX_TEXT_MESSAGE);
        StandardWebSocketClient sockets = new StandardWebSocketClient(container);
        sockets.setTaskExecutor(connectors);
        WebSocketStompClient stomp = new WebSocketStompClient(sockets);
        stomp.setMessageConverter(new PassThroughConverter());
        stomp.setTaskScheduler(scheduler);
        stomp.setDefaultHeartbeat(new long[] {10_000, 10_000});
        stomp.setInboundMessageSizeLimit(MAX_TEXT_MESSAGE);

        connect(stomp, benches);

        ProcessProbe probe = ProcessProbe.discover(REDIS_PORT);
        ScheduledThreadPoolExecutor load = new ScheduledThreadPoolExecutor(options.clientThreads(),
                daemonThreads("load-"));
        long intervalMicros = options.revealInterval().toNanos() / 1_000;
        for (Bench bench : benches) {
            long offset = intervalMicros * bench.index / n;
            load.scheduleAtFixedRate(bench::tick, offset, intervalMicros, TimeUnit.MICROSECONDS);
        }
        log("Load running; warming up for %s", options.warmUp());
        Thread.sleep(options.warmUp().toMillis());

        Map<ProcessProbe.Target, ProcessProbe.Sample> before = probe.sample();
        double loadBefore = ProcessProbe.loadAverage();
        long[] machineBefore = ProcessProbe.machineTicks();
        Resources peaks = new Resources(probe);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
                daemonThreads("probe-"));
        sampler.scheduleAtFixedRate(peaks::sample, 0, 1, TimeUnit.SECONDS);
        measureStart = System.nanoTime();
        String startedAt = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        log("Measuring for %s", options.duration());
        Thread.sleep(options.duration().toMillis());
        measureEnd = System.nanoTime();
        double seconds = (measureEnd - measureStart) / 1e9;
        Map<ProcessProbe.Target, ProcessProbe.Sample> after = probe.sample();
        double loadAfter = ProcessProbe.loadAverage();
        long[] machineAfter = ProcessProbe.machineTicks();
        sampler.shutdownNow();
        load.shutdownNow();

        long drainUntil = System.nanoTime() + options.drainTimeout().toNanos();
        while (System.nanoTime() < drainUntil && pending.values().stream().anyMatch(Pending::inWindow)) {
            Thread.sleep(50);
        }
        long timeouts = pending.values().stream().filter(Pending::inWindow).count();
        long disconnected = benches.stream()
                .filter(bench -> !bench.interviewerSocket.isConnected() || !bench.candidateSocket.isConnected()).count();
        LatencyRecorder.Snapshot latencies = measured.snapshot();
        log("Done: %d samples", latencies.count());

        String report = new Report(options, startedAt, seconds, latencies, toDecision.snapshot(),
                fromDecision.snapshot(), sentInWindow.sum(), timeouts,
                refusalsInWindow.sum(), refusalCodes, sendFailures.sum(), transportErrors.sum(), disconnected,
                unmatchedEvents.sum(), before, after, peaks, loadBefore, loadAfter,
                new long[] {machineAfter[0] - machineBefore[0], machineAfter[1] - machineBefore[1]}).markdown();

        tearDown(benches, rest);
        stomp.stop();
        connectors.shutdown();
        scheduler.shutdown();
        rest.shutdownNow();
        return report;
    }

    private List<Bench> setUpSessions(ExecutorService rest) throws Exception {
        long started = System.nanoTime();
        List<String> tokens = new ArrayList<>();
        for (String interviewer : options.interviewers()) {
            tokens.add(api.token(interviewer, options.password()));
        }
        List<Future<Bench>> created = new ArrayList<>();
        for (int i = 0; i < options.sessions(); i++) {
            int index = i;
            created.add(rest.submit(() -> {
                int account = index % tokens.size();
                PlatformApi.CreatedSession session = api.createSession(tokens.get(account), options.kit(),
                        "Benchmark Candidate " + index);
                api.startRound(tokens.get(account), session.sessionId(), options.roundIndex());
                return new Bench(index, session.sessionId(), options.interviewers().get(account), tokens.get(account),
                        session.inviteToken());
            }));
        }
        List<Bench> benches = new ArrayList<>();
        for (Future<Bench> bench : created) {
            benches.add(bench.get(60, TimeUnit.SECONDS));
        }
        log("Created %d sessions and started round %d in each in %.1f s", benches.size(), options.roundIndex(),
                (System.nanoTime() - started) / 1e9);
        return benches;
    }

    private void connect(WebSocketStompClient stomp, List<Bench> benches) throws Exception {
        long started = System.nanoTime();
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.setOrigin(options.origin());
        List<CompletableFuture<StompSession>> interviewers = new ArrayList<>();
        List<CompletableFuture<StompSession>> candidates = new ArrayList<>();
        for (Bench bench : benches) {
            interviewers.add(stomp.connectAsync(options.websocket(bench.interviewerToken), handshake, new StompHeaders(),
                    new Handler()));
            candidates.add(stomp.connectAsync(options.websocket(bench.inviteToken), handshake, new StompHeaders(),
                    new Handler()));
        }
        CountDownLatch receipts = new CountDownLatch(benches.size());
        for (Bench bench : benches) {
            bench.interviewerSocket = interviewers.get(bench.index).get(120, TimeUnit.SECONDS);
            bench.candidateSocket = candidates.get(bench.index).get(120, TimeUnit.SECONDS);
            bench.interviewerSocket.subscribe("/user/queue/errors", frames(body -> bench.onRefusal(json.readTree(body))));
            StompHeaders subscription = new StompHeaders();
            subscription.setDestination("/topic/sessions/" + bench.sessionId + "/events");
            subscription.setReceipt("events-" + bench.index);
            StompSession.Receiptable receipt = bench.candidateSocket.subscribe(subscription, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return String.class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    long received = System.nanoTime();
                    bench.onEvent(received, epochMicros(Instant.now()), (String) payload);
                }
            });
            receipt.addReceiptTask(receipts::countDown);
        }
        if (!receipts.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(receipts.getCount() + " candidate subscriptions were not confirmed");
        }
        log("Connected %d sockets and subscribed %d candidates in %.1f s", benches.size() * 2, benches.size(),
                (System.nanoTime() - started) / 1e9);
    }

    private static StompFrameHandler frames(Consumer<String> consumer) {
        return new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                consumer.accept((String) payload);
            }
        };
    }

    private final class Handler extends StompSessionHandlerAdapter {

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            transportErrors.increment();
        }

        @Override
        public void handleException(StompSession session, StompCommand command,
                StompHeaders headers, byte[] payload, Throwable exception) {
            transportErrors.increment();
        }
    }

    private void tearDown(List<Bench> benches, ExecutorService rest) throws InterruptedException {
        for (Bench bench : benches) {
            disconnect(bench.interviewerSocket);
            disconnect(bench.candidateSocket);
        }
        if (!options.endSessions()) {
            return;
        }
        List<Future<?>> ended = new ArrayList<>();
        for (Bench bench : benches) {
            ended.add(rest.submit(() -> {
                try {
                    api.endSession(bench.interviewerToken, bench.sessionId);
                } catch (IOException e) {
                    log("Could not end %s: %s", bench.sessionId, e.getMessage());
                }
                return null;
            }));
        }
        for (Future<?> end : ended) {
            try {
                end.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                log("Could not end a session: %s", e);
            }
        }
        log("Ended %d sessions", benches.size());
    }

    private static void disconnect(StompSession socket) {
        try {
            if (socket != null && socket.isConnected()) {
                socket.disconnect();
            }
        } catch (RuntimeException e) {
            // the socket is gone already
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }

    static void log(String format, Object... arguments) {
        System.out.printf(Locale.ROOT, "[%s] %s%n", Instant.now().truncatedTo(ChronoUnit.MILLIS),
                String.format(Locale.ROOT, format, arguments));
    }

    /** The peak resident memory of each process and the peak load average, sampled every second. */
    static final class Resources {

        private final ProcessProbe probe;
        private final Map<ProcessProbe.Target, Long> peakRssKb = new ConcurrentHashMap<>();
        private volatile double peakLoad;

        Resources(ProcessProbe probe) {
            this.probe = probe;
        }

        void sample() {
            probe.sample().forEach((target, sample) -> peakRssKb.merge(target, sample.rssKb(), Math::max));
            peakLoad = Math.max(peakLoad, ProcessProbe.loadAverage());
        }

        long peakRssKb(ProcessProbe.Target target) {
            return peakRssKb.getOrDefault(target, -1L);
        }

        double peakLoad() {
            return peakLoad;
        }
    }
}
