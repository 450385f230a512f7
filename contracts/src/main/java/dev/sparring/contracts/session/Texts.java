package dev.sparring.contracts.session;

/** Checks shared by the records of this package. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static String bounded(String value, String field, int maxLength) {
        required(value, field);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }
}
