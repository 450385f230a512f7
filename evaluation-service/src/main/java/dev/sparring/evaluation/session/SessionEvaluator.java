package dev.sparring.evaluation.session;

import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.evaluation.calibration.ledger.CalibrationLedger;
import dev.sparring.evaluation.material.MaterialFolder;
import dev.sparring.evaluation.material.SessionMaterial;
import dev.sparring.evaluation.report.ReportPublisher;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Decides when a session's report is (re)made: when a round or the session ends, and afterwards
 * whenever an event that changes the report arrives late (a score entered after the round, say).
 * Events that never change a report (timers, presence) are not even kept; prompts, phases and code
 * edits are kept for calibration replays only. Scores and recommendations also go to the calibration ledger.
 */
@Service
class SessionEvaluator {

    private static final Set<Class<? extends SessionEvent>> KEPT = Set.of(SessionEvent.SessionCreated.class,
            SessionEvent.SessionEnded.class, SessionEvent.RoundStarted.class, SessionEvent.RoundEnded.class,
            SessionEvent.UtteranceRecorded.class, SessionEvent.ChatPosted.class, SessionEvent.NoteWritten.class,
            SessionEvent.CompetencyScored.class, SessionEvent.RecommendationRecorded.class);

    /** Kept only so calibration exercises can replay the session; they never change a report. */
    private static final Set<Class<? extends SessionEvent>> REPLAYED = Set.of(SessionEvent.PromptRevealed.class,
            SessionEvent.PromptHidden.class, SessionEvent.CodeUpdated.class, SessionEvent.PhaseAdvanced.class);

    private static final Set<Class<? extends SessionEvent>> TRIGGERS = Set.of(SessionEvent.RoundEnded.class,
            SessionEvent.SessionEnded.class);

    private final EventArchive archive;
    private final ReportPublisher reports;
    private final CalibrationLedger ledger;

    SessionEvaluator(EventArchive archive, ReportPublisher reports, CalibrationLedger ledger) {
        this.archive = archive;
        this.reports = reports;
        this.ledger = ledger;
    }

    void accept(EventEnvelope event) {
        ledger.record(event);
        if (REPLAYED.contains(event.event().getClass())) {
            archive.keep(event);
            return;
        }
        if (!KEPT.contains(event.event().getClass())) {
            return;
        }
        archive.keep(event);
        boolean trigger = TRIGGERS.contains(event.event().getClass());
        if (!trigger && reports.latestVersion(event.sessionId()).isEmpty()) {
            return;
        }
        Optional<SessionMaterial> material = MaterialFolder.fold(event.sessionId(), archive.events(event.sessionId()));
        material.ifPresent(reports::publishIfChanged);
    }
}
