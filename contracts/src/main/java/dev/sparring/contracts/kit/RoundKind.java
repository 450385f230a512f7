package dev.sparring.contracts.kit;

/** The three kinds of round a senior loop is made of; each is scored against its own rubric. */
public enum RoundKind {
    CODING,
    SYSTEM_DESIGN,
    BEHAVIORAL
}
