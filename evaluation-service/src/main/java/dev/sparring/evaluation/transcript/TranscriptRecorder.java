package dev.sparring.evaluation.transcript;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Keeps the transcript material of session events: what participants said, typed or chatted. */
@Service
class TranscriptRecorder {

    private final TranscriptStore store;

    TranscriptRecorder(TranscriptStore store) {
        this.store = store;
    }

    void record(EventEnvelope envelope) {
        envelope.event().accept(new SegmentOf(envelope))
                .ifPresent(segment -> store.add(envelope.sessionId(), segment));
    }

    private record SegmentOf(EventEnvelope envelope) implements SessionEvent.Handler<Optional<TranscriptSegment>> {

        @Override
        public Optional<TranscriptSegment> on(SessionEvent.ChatPosted event) {
            return Optional.of(segment(event.author(), "chat", event.text()));
        }

        @Override
        public Optional<TranscriptSegment> on(SessionEvent.UtteranceRecorded event) {
            return Optional.of(segment(event.speaker(), "utterance", event.text()));
        }

        private TranscriptSegment segment(Actor actor, String kind, String text) {
            return new TranscriptSegment(envelope.sequence(), envelope.occurredAt(), actor.userId(),
                    actor.displayName(), actor.role(), kind, text);
        }
    }
}
