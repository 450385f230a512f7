package dev.sparring.evaluation.session;

import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The transcript the evaluation works from: what was said and typed, in order. */
@RestController
class TranscriptController {

    private final EventArchive archive;

    TranscriptController(EventArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/api/sessions/{sessionId}/transcript")
    List<TranscriptEntry> transcript(@PathVariable String sessionId) {
        return archive.events(sessionId).stream().map(TranscriptController::entry).flatMap(Optional::stream).toList();
    }

    private static Optional<TranscriptEntry> entry(EventEnvelope envelope) {
        SessionEvent event = envelope.event();
        if (event instanceof SessionEvent.UtteranceRecorded said) {
            return Optional.of(new TranscriptEntry(envelope.sequence(), said.speaker().displayName(),
                    said.speaker().role().name(), "utterance", said.moment().roundIndex(), said.moment().phaseId(),
                    said.moment().offset(), said.text()));
        }
        if (event instanceof SessionEvent.ChatPosted chat) {
            return Optional.of(new TranscriptEntry(envelope.sequence(), chat.author().displayName(),
                    chat.author().role().name(), "chat", chat.moment().roundIndex(), chat.moment().phaseId(),
                    chat.moment().offset(), chat.text()));
        }
        return Optional.empty();
    }

    record TranscriptEntry(long sequence, String speakerName, String speakerRole, String kind, int roundIndex,
            String phaseId, java.time.Duration offset, String text) {
    }
}
