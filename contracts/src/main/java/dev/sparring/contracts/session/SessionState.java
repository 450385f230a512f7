package dev.sparring.contracts.session;

import dev.sparring.contracts.kit.InterviewKit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the session-service knows about one session, as of the event with sequence
 * {@code version}. It is the snapshot interviewers read; the gateway derives the candidate's view
 * from it. Immutable: every change makes a new state.
 *
 * @param currentRound index of the round in progress or last played; -1 before the first
 * @param participants by user id
 * @param recommendations by interviewer user id
 */
public record SessionState(String sessionId, String teamId, InterviewKit kit, String candidateName, Actor createdBy,
        SessionStatus status, int currentRound, List<RoundState> rounds, Map<String, Participation> participants,
        CodePad codePad, Map<String, Recommendation> recommendations, long version) {

    public SessionState {
        rounds = List.copyOf(rounds);
        participants = Map.copyOf(participants);
        recommendations = Map.copyOf(recommendations);
    }

    public enum SessionStatus {
        /** Created; no round has started yet. */
        OPEN,
        IN_PROGRESS,
        ENDED
    }

    public Optional<RoundState> round() {
        return currentRound < 0 ? Optional.empty() : Optional.of(rounds.get(currentRound));
    }

    public Optional<RoundState> runningRound() {
        return round().filter(round -> round.status() == RoundState.RoundStatus.RUNNING);
    }

    public SessionState withStatus(SessionStatus newStatus) {
        return new SessionState(sessionId, teamId, kit, candidateName, createdBy, newStatus, currentRound, rounds,
                participants, codePad, recommendations, version);
    }

    public SessionState withRound(RoundState round) {
        List<RoundState> changed = new ArrayList<>(rounds);
        changed.set(round.index(), round);
        return new SessionState(sessionId, teamId, kit, candidateName, createdBy, status, currentRound, changed,
                participants, codePad, recommendations, version);
    }

    public SessionState withCurrentRound(int index) {
        return new SessionState(sessionId, teamId, kit, candidateName, createdBy, status, index, rounds,
                participants, codePad, recommendations, version);
    }

    public SessionState withParticipant(Participation participation) {
        Map<String, Participation> changed = new LinkedHashMap<>(participants);
        changed.put(participation.actor().userId(), participation);
        return new SessionState(sessionId, teamId, kit, candidateName, createdBy, status, currentRound, rounds,
                changed, codePad, recommendations, version);
    }

    public SessionState withCodePad(CodePad pad) {
        return new SessionState(sessionId, teamId, kit, candidateName, createdBy, status, currentRound, rounds,
                participants, pad, recommendations, version);
    }

    public SessionState withRecommendation(String interviewerId, Recommendation recommendation) {
        Map<String, Recommendation> changed = new LinkedHashMap<>(recommendations);
        changed.put(interviewerId, recommendation);
        return new SessionState(sessionId, teamId, kit, candidateName, createdBy, status, currentRound, rounds,
                participants, codePad, changed, version);
    }

    public SessionState withKit(InterviewKit newKit) {
        return new SessionState(sessionId, teamId, newKit, candidateName, createdBy, status, currentRound, rounds,
                participants, codePad, recommendations, version);
    }

    public SessionState withVersion(long newVersion) {
        return new SessionState(sessionId, teamId, kit, candidateName, createdBy, status, currentRound, rounds,
                participants, codePad, recommendations, newVersion);
    }

    /**
     * A participant's presence.
     *
     * @param since when the status last changed
     * @param connections opaque ids of the participant's open connections, sorted
     */
    public record Participation(Actor actor, PresenceStatus status, java.time.Instant since, List<String> connections) {

        public Participation {
            connections = connections == null ? List.of() : List.copyOf(connections);
        }
    }

    /** @param revision 0 before the first edit */
    public record CodePad(String text, String language, long revision) {

        public static final CodePad EMPTY = new CodePad("", "plaintext", 0);
    }
}
