package dev.sparring.evaluation.calibration.exercise;

import dev.sparring.contracts.kit.RoundKind;
import java.time.Instant;
import java.util.List;

/**
 * A calibration exercise: the team replays a past session and scores it blind.
 *
 * @param candidateName the session's candidate as the session was created; {@code null} on exercises
 *     stored before it was kept here
 */
public record Exercise(String id, String teamId, String sessionId, String candidateName, String createdBy,
        Instant createdAt, List<RoundKind> roundKinds) {

    public Exercise {
        roundKinds = List.copyOf(roundKinds);
    }
}
