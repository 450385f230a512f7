package dev.sparring.contracts.kit;

import java.util.List;
import java.util.Optional;

/**
 * A versioned interview plan: its rounds, their phases and timings, and the prompt bank of each
 * round. Kits are data (YAML in the repository, or JSON posted by a team); a session keeps a copy
 * of the kit version it started with, so later edits never change a running interview.
 *
 * @param teamId the team that owns the kit; {@code null} for the built-in kits every team sees
 */
public record InterviewKit(String id, int version, String title, String description, String teamId,
        List<RoundPlan> rounds) {

    public InterviewKit {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }

    public Optional<RoundPlan> round(int index) {
        return index >= 0 && index < rounds.size() ? Optional.of(rounds.get(index)) : Optional.empty();
    }

    public InterviewKit withVersion(int newVersion) {
        return new InterviewKit(id, newVersion, title, description, teamId, rounds);
    }

    public InterviewKit ownedBy(String newTeamId) {
        return new InterviewKit(id, version, title, description, newTeamId, rounds);
    }
}
