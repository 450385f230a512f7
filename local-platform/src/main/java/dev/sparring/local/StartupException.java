package dev.sparring.local;

/** The platform cannot start; the message is written for the person at the terminal. */
final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StartupException(String message) {
        super(message);
    }

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
