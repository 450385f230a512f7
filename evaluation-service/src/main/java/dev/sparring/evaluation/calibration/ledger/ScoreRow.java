package dev.sparring.evaluation.calibration.ledger;

import dev.sparring.contracts.kit.RoundKind;
import java.time.Instant;

/**
 * One interviewer's score of one competency in one round of one candidate's session: a row of the
 * team's calibration ledger. A later score with the same (session, round, interviewer, competency)
 * replaces the earlier one.
 *
 * @param source {@code live} for a score from a session, {@code import} for an ATS scorecard
 */
public record ScoreRow(String teamId, String interviewerId, String candidateId, String sessionId, int roundIndex,
        RoundKind roundKind, String competency, int level, Instant scoredAt, String source) {

    /** The rated target: one round of one candidate's session. */
    public String target() {
        return candidateId + "|" + sessionId + "|" + roundIndex;
    }

    String field() {
        return sessionId + "|" + roundIndex + "|" + interviewerId + "|" + competency;
    }
}
