package dev.sparring.contracts;

import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.report.ReportPublished;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.CommandRejected;
import dev.sparring.contracts.session.EventEnvelope;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one place that names Sparring's Kafka topics and the record type each one carries.
 *
 * <p>Every record on a session topic is keyed by its session id, so one session's messages land on
 * one partition and keep their order; the partition count bounds how many session-service
 * instances can share the work.
 */
public final class Topics {

    /** Suffix spring-kafka's {@code DeadLetterPublishingRecoverer} appends by default. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    /** Commands from browsers (through a gateway) to the session-service. */
    public static final String SESSION_COMMANDS = "sparring.session-commands";

    /** Sequenced facts emitted by the session-service; gateways fan them out, evaluation reads them. */
    public static final String SESSION_EVENTS = "sparring.session-events";

    /** The session-service's answers to commands it refused; only the sender is told. */
    public static final String COMMAND_REJECTIONS = "sparring.command-rejections";

    /** Kits teams published, compacted to the latest version per team and kit id. */
    public static final String KITS = "sparring.kits";

    /** Every version of every session's rubric report; compacted, one record per version. */
    public static final String REPORTS = "sparring.reports";

    public static final int SESSION_PARTITIONS = 6;

    private static final List<TopicSpec> PRIMARY = List.of(
            new TopicSpec(SESSION_COMMANDS, SESSION_PARTITIONS, false, CommandEnvelope.class),
            new TopicSpec(SESSION_EVENTS, SESSION_PARTITIONS, false, EventEnvelope.class),
            new TopicSpec(COMMAND_REJECTIONS, SESSION_PARTITIONS, false, CommandRejected.class),
            new TopicSpec(KITS, 3, true, InterviewKit.class),
            new TopicSpec(REPORTS, SESSION_PARTITIONS, true, ReportPublished.class));

    private static final List<TopicSpec> ALL = PRIMARY.stream()
            .flatMap(spec -> Stream.of(spec, spec.deadLetter()))
            .toList();

    private Topics() {
    }

    /** Every topic the platform uses, each followed by its dead-letter topic. */
    public static List<TopicSpec> all() {
        return ALL;
    }

    public static Optional<TopicSpec> find(String name) {
        return ALL.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /**
     * A topic as the platform declares it.
     *
     * @param name kebab-case noun with the {@code sparring.} prefix
     * @param partitions partition count; a dead-letter topic keeps its source's count because the
     *     recoverer publishes to the same partition number
     * @param compacted whether Kafka keeps only the latest record per key
     * @param valueType the contract record every value of this topic deserializes to
     */
    public record TopicSpec(String name, int partitions, boolean compacted, Class<?> valueType) {

        public TopicSpec {
            if (name == null || !name.startsWith("sparring.")) {
                throw new IllegalArgumentException("topic names start with 'sparring.': " + name);
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("a topic needs at least one partition: " + name);
            }
            if (valueType == null) {
                throw new IllegalArgumentException("a topic names the type of its values: " + name);
            }
        }

        TopicSpec deadLetter() {
            return new TopicSpec(deadLetterOf(name), partitions, false, valueType);
        }

        public boolean isDeadLetter() {
            return name.endsWith(DEAD_LETTER_SUFFIX);
        }
    }
}
