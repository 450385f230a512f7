package dev.sparring.contracts.session;

/** How a transcript segment was captured. */
public enum UtteranceSource {
    TYPED,
    SPEECH
}
