package dev.sparring.contracts.session;

/** What a server-side timer watches. */
public enum DeadlineKind {
    /** The planned time of the current phase has passed. */
    PHASE,
    /** The round's time box has run out. */
    ROUND,
    /** A participant marked reconnecting did not come back within the grace period. */
    PRESENCE
}
