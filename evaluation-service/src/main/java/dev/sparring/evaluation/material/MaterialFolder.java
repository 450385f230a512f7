package dev.sparring.evaluation.material;

import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.Moment;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.evaluation.evidence.Utterance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds a session's events, in sequence order, into the material its report is built from. Pure:
 * the same events always give the same material.
 */
public final class MaterialFolder extends SessionEvent.Selective<Void> {

    private String teamId;
    private String candidateName;
    private InterviewKit kit;
    private boolean ended;
    private Instant lastEventAt;
    private final Map<Integer, String> status = new TreeMap<>();
    private final Map<Integer, List<Utterance>> utterances = new TreeMap<>();
    private final Map<Integer, Map<String, SessionMaterial.Score>> scores = new TreeMap<>();
    private final Map<Integer, List<SessionMaterial.Note>> notes = new TreeMap<>();
    private final Map<String, SessionMaterial.InterviewerVerdict> recommendations = new LinkedHashMap<>();
    private EventEnvelope current;

    private MaterialFolder() {
    }

    /** @return empty until the session's creation event is among the events */
    public static Optional<SessionMaterial> fold(String sessionId, List<EventEnvelope> inSequenceOrder) {
        MaterialFolder folder = new MaterialFolder();
        for (EventEnvelope event : inSequenceOrder) {
            folder.current = event;
            folder.lastEventAt = event.occurredAt();
            event.event().accept(folder);
        }
        if (folder.kit == null) {
            return Optional.empty();
        }
        Map<Integer, SessionMaterial.RoundMaterial> rounds = new TreeMap<>();
        for (int i = 0; i < folder.kit.rounds().size(); i++) {
            rounds.put(i, new SessionMaterial.RoundMaterial(i, folder.status.getOrDefault(i, "PENDING"),
                    List.copyOf(folder.utterances.getOrDefault(i, List.of())),
                    List.copyOf(folder.scores.getOrDefault(i, Map.of()).values()),
                    List.copyOf(folder.notes.getOrDefault(i, List.of()))));
        }
        return Optional.of(new SessionMaterial(sessionId, folder.teamId, folder.candidateName, folder.kit, rounds,
                Map.copyOf(folder.recommendations), folder.ended, folder.lastEventAt));
    }

    @Override
    protected Void otherwise(SessionEvent event) {
        return null;
    }

    @Override
    public Void on(SessionEvent.SessionCreated event) {
        teamId = event.teamId();
        candidateName = event.candidateName();
        kit = event.kit();
        return null;
    }

    @Override
    public Void on(SessionEvent.SessionEnded event) {
        ended = true;
        return null;
    }

    @Override
    public Void on(SessionEvent.RoundStarted event) {
        status.put(event.roundIndex(), "RUNNING");
        return null;
    }

    @Override
    public Void on(SessionEvent.RoundEnded event) {
        status.put(event.roundIndex(), "ENDED");
        return null;
    }

    @Override
    public Void on(SessionEvent.UtteranceRecorded event) {
        return said(event.speaker(), event.text(), event.moment());
    }

    @Override
    public Void on(SessionEvent.ChatPosted event) {
        return said(event.author(), event.text(), event.moment());
    }

    @Override
    public Void on(SessionEvent.NoteWritten event) {
        if (event.moment().roundIndex() >= 0) {
            notes.computeIfAbsent(event.moment().roundIndex(), round -> new ArrayList<>()).add(
                    new SessionMaterial.Note(event.author().displayName(), event.text(), event.moment().phaseId(),
                            event.moment().offset()));
        }
        return null;
    }

    @Override
    public Void on(SessionEvent.CompetencyScored event) {
        scores.computeIfAbsent(event.roundIndex(), round -> new LinkedHashMap<>())
                .put(event.interviewer().userId() + "/" + event.competency(), new SessionMaterial.Score(
                        event.interviewer().userId(), event.interviewer().displayName(), event.competency(),
                        event.level(), event.comment()));
        return null;
    }

    @Override
    public Void on(SessionEvent.RecommendationRecorded event) {
        recommendations.put(event.interviewer().userId(), new SessionMaterial.InterviewerVerdict(
                event.interviewer().displayName(), event.recommendation()));
        return null;
    }

    /** Only what is said inside a round is evaluated against that round's rubric. */
    private Void said(Actor speaker, String text, Moment moment) {
        if (moment.roundIndex() < 0 || kit == null || moment.roundIndex() >= kit.rounds().size()) {
            return null;
        }
        RoundKind kind = kit.rounds().get(moment.roundIndex()).kind();
        utterances.computeIfAbsent(moment.roundIndex(), round -> new ArrayList<>()).add(new Utterance(
                current.sequence(), speaker.userId(), speaker.displayName(), speaker.role(), moment.roundIndex(),
                kind, moment.phaseId(), moment.offset(), text));
        return null;
    }
}
