package dev.sparring.evaluation.session;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the session event stream under the evaluation-service's consumer group: each session is
 * evaluated by the one instance that owns its partition. A record it cannot read goes to the
 * dead-letter topic after the platform's bounded retries, and the records behind it go on.
 */
@Component
public class SessionEventListener {

    public static final String LISTENER_ID = "evaluation-session-events";

    private final SessionEvaluator evaluator;

    SessionEventListener(SessionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Started by {@code ReportRebuilder} once the report view is in place, never before. */
    @KafkaListener(id = LISTENER_ID, topics = Topics.SESSION_EVENTS, idIsGroup = false, autoStartup = "false")
    void on(EventEnvelope event) {
        evaluator.accept(event);
    }
}
