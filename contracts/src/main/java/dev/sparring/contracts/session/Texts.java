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
}
