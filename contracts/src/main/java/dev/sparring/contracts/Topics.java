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
            new TopicSpec(SESSION_COMMANDS, SESSION_PARTITIONS, Retention.TIMED, CommandEnvelope.class),
            // the durable record every session's state, transcript and reports can be rebuilt from
            new TopicSpec(SESSION_EVENTS, SESSION_PARTITIONS, Retention.FOREVER, EventEnvelope.class),
            new TopicSpec(COMMAND_REJECTIONS, SESSION_PARTITIONS, Retention.TIMED, CommandRejected.class),
            new TopicSpec(KITS, 3, Retention.COMPACTED, InterviewKit.class),
            new TopicSpec(REPORTS, SESSION_PARTITIONS, Retention.COMPACTED, ReportPublished.class));

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

    /** How long a topic keeps its records. */
    public enum Retention {
        /** The broker's time-based retention (7 days by default): records that are passed on. */
        TIMED,
        /** Never deleted: a log that state is rebuilt from. */
        FOREVER,
        /** The latest record per key, kept forever. */
        COMPACTED
    }

    /**
     * A topic as the platform declares it.
     *
     * @param name kebab-case noun with the {@code sparring.} prefix
     * @param partitions partition count; a dead-letter topic keeps its source's count because the
     *     recoverer publishes to the same partition number
     * @param retention how long Kafka keeps the topic's records
     * @param valueType the contract record every value of this topic deserializes to
     */
    public record TopicSpec(String name, int partitions, Retention retention, Class<?> valueType) {

        public TopicSpec {
            if (name == null || !name.startsWith("sparring.")) {
                throw new IllegalArgumentException("topic names start with 'sparring.': " + name);
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("a topic needs at least one partition: " + name);
            }
            if (retention == null) {
                throw new IllegalArgumentException("a topic names its retention: " + name);
            }
            if (valueType == null) {
                throw new IllegalArgumentException("a topic names the type of its values: " + name);
            }
        }

        TopicSpec deadLetter() {
            return new TopicSpec(deadLetterOf(name), partitions, Retention.TIMED, valueType);
        }

        public boolean isDeadLetter() {
            return name.endsWith(DEAD_LETTER_SUFFIX);
        }
    }
}
