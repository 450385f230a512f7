package dev.sparring.evaluation.transcript;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the session event stream under the evaluation-service's consumer group. */
@Component
class TranscriptListener {

    private final TranscriptRecorder recorder;

    TranscriptListener(TranscriptRecorder recorder) {
        this.recorder = recorder;
    }

    @KafkaListener(id = "evaluation-transcripts", topics = Topics.SESSION_EVENTS, idIsGroup = false)
    void on(EventEnvelope event) {
        recorder.record(event);
    }
}
