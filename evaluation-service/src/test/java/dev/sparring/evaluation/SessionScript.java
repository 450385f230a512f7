package dev.sparring.evaluation;

import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.Moment;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.Recommendation;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.TimerView;
import dev.sparring.contracts.session.UtteranceSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes a session's events the way the session-service numbers them, for evaluation tests. */
public final class SessionScript {

    public static final Actor ADA = new Actor("ada", "Ada Interviewer", ParticipantRole.INTERVIEWER);
    public static final Actor LINUS = new Actor("candidate:s", "Linus", ParticipantRole.CANDIDATE);

    private final String sessionId;
    private final InterviewKit kit;
    private final List<EventEnvelope> events = new ArrayList<>();
    private Instant clock = Instant.parse("2026-11-27T10:00:00Z");
    private int round = -1;
    private String phase;
    private Duration offset = Duration.ZERO;

    public SessionScript(String sessionId, InterviewKit kit) {
        this.sessionId = sessionId;
        this.kit = kit;
        add(Audience.INTERVIEWERS, new SessionEvent.SessionCreated("team-1", kit, "Linus", ADA));
    }

    public SessionScript startRound(int index) {
        round = index;
        phase = kit.rounds().get(index).phases().get(0).id();
        offset = Duration.ZERO;
        return add(Audience.EVERYONE, new SessionEvent.RoundStarted(index, kit.rounds().get(index).id(),
                kit.rounds().get(index).kind(), kit.rounds().get(index).title(), phase, phase,
                new TimerView(true, kit.rounds().get(index).duration(), clock)));
    }

    public SessionScript phase(String phaseId) {
        phase = phaseId;
        int index = 0;
        List<dev.sparring.contracts.kit.PhasePlan> phases = kit.rounds().get(round).phases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(phaseId)) {
                index = i;
            }
        }
        return add(Audience.EVERYONE, new SessionEvent.PhaseAdvanced(round, index, phaseId, phaseId, offset));
    }

    public SessionScript after(Duration duration) {
        offset = offset.plus(duration);
        clock = clock.plus(duration);
        return this;
    }

    public SessionScript candidateSays(String text) {
        return add(Audience.EVERYONE, new SessionEvent.UtteranceRecorded(LINUS, text, UtteranceSource.SPEECH,
                new Moment(round, phase, offset)));
    }

    public SessionScript interviewerSays(String text) {
        return add(Audience.EVERYONE, new SessionEvent.UtteranceRecorded(ADA, text, UtteranceSource.SPEECH,
                new Moment(round, phase, offset)));
    }

    public SessionScript note(String text) {
        return add(Audience.INTERVIEWERS, new SessionEvent.NoteWritten(ADA, text, new Moment(round, phase, offset)));
    }

    public SessionScript score(int roundIndex, String competency, int level) {
        return add(Audience.INTERVIEWERS, new SessionEvent.CompetencyScored(ADA, roundIndex, competency, level, ""));
    }

    public SessionScript recommend(Recommendation recommendation) {
        return add(Audience.INTERVIEWERS, new SessionEvent.RecommendationRecorded(ADA, recommendation));
    }

    public SessionScript endRound() {
        return add(Audience.EVERYONE, new SessionEvent.RoundEnded(round, offset, ADA));
    }

    public SessionScript endSession() {
        return add(Audience.EVERYONE, new SessionEvent.SessionEnded(ADA));
    }

    public List<EventEnvelope> events() {
        return List.copyOf(events);
    }

    public EventEnvelope last() {
        return events.get(events.size() - 1);
    }

    private SessionScript add(Audience audience, SessionEvent event) {
        events.add(new EventEnvelope(UUID.nameUUIDFromBytes((sessionId + events.size()).getBytes()), sessionId,
                events.size() + 1, clock, UUID.randomUUID(), audience, event));
        return this;
    }
}
