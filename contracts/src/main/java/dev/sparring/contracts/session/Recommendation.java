package dev.sparring.contracts.session;

/** An interviewer's overall hiring recommendation for the candidate. */
public enum Recommendation {
    STRONG_NO,
    NO,
    LEAN_NO,
    LEAN_YES,
    YES,
    STRONG_YES
}
