package dev.sparring.evaluation.calibration.ledger;

import dev.sparring.contracts.kit.RoundKind;
import java.util.List;

/**
 * What the ledger needs to remember of a live session to file its scores: the owning team, the
 * candidate (a live session's candidate is identified by the session: {@code session:<id>}) and
 * the kind of each round.
 */
public record SessionFacts(String sessionId, String teamId, String candidateId, String candidateName,
        List<RoundKind> roundKinds) {

    public SessionFacts {
        roundKinds = List.copyOf(roundKinds);
    }
}
