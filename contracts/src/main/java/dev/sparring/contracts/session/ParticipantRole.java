package dev.sparring.contracts.session;

/** The part a person plays in one interview session. */
public enum ParticipantRole {
    INTERVIEWER,
    CANDIDATE,
    /** The platform itself: timers and presence tracking. */
    SYSTEM
}
