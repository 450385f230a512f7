package dev.sparring.evaluation.transcript;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.Moment;
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

    private static final class SegmentOf extends SessionEvent.Selective<Optional<TranscriptSegment>> {

        private final EventEnvelope envelope;

        SegmentOf(EventEnvelope envelope) {
            this.envelope = envelope;
        }

        @Override
        protected Optional<TranscriptSegment> otherwise(SessionEvent event) {
            return Optional.empty();
        }

        @Override
        public Optional<TranscriptSegment> on(SessionEvent.ChatPosted event) {
            return Optional.of(segment(event.author(), "chat", event.text(), event.moment()));
        }

        @Override
        public Optional<TranscriptSegment> on(SessionEvent.UtteranceRecorded event) {
            return Optional.of(segment(event.speaker(), "utterance", event.text(), event.moment()));
        }

        private TranscriptSegment segment(Actor actor, String kind, String text, Moment moment) {
            return new TranscriptSegment(envelope.sequence(), envelope.occurredAt(), actor.userId(),
                    actor.displayName(), actor.role(), kind, text, moment.roundIndex(), moment.phaseId(),
                    moment.offset());
        }
    }
}
