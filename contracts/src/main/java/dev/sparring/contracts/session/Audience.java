package dev.sparring.contracts.session;

/**
 * Who may see an event. The gateway routes each event only to sockets whose role is in the
 * audience; the session-service decides the audience when it records the event.
 */
public enum Audience {
    /** Interviewers and the candidate. */
    EVERYONE,
    /** Interviewers only: notes, scores, the kit with its hidden prompts. */
    INTERVIEWERS;

    public boolean admits(ParticipantRole role) {
        return this == EVERYONE || role == ParticipantRole.INTERVIEWER;
    }
}
