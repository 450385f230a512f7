package dev.sparring.evaluation.transcript;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TranscriptController {

    private final TranscriptStore store;

    TranscriptController(TranscriptStore store) {
        this.store = store;
    }

    /** The session's transcript so far, in order; empty for a session nobody has spoken in. */
    @GetMapping("/api/sessions/{sessionId}/transcript")
    List<TranscriptSegment> transcript(@PathVariable String sessionId) {
        return store.segments(sessionId);
    }
}
