package dev.sparring.evaluation.evidence;

/** Whether a piece of evidence speaks for the candidate on a competency or against them. */
public enum Polarity {
    SUPPORTS,
    CONTRADICTS
}
