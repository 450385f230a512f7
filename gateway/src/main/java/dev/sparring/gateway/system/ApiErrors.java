package dev.sparring.gateway.system;

import dev.sparring.content.kit.KitProblem;
import dev.sparring.content.kit.KitValidationException;
import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.gateway.session.SessionRefusal;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error as {@code {"error": code, "message": ...}} with the same stable codes the socket
 * uses, and the HTTP status that fits.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler
    ResponseEntity<ApiError> refused(SessionRefusal refusal) {
        return respond(refusal.code(), refusal.getMessage(), null);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> invalidKit(KitValidationException invalid) {
        return respond(ErrorCode.INVALID_VALUE, "the kit has " + invalid.problems().size() + " problem(s)",
                invalid.problems());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> unreadable(Exception unreadable) {
        return respond(ErrorCode.MALFORMED_MESSAGE, "the request is not the JSON this endpoint expects", null);
    }

    /** Failures of asynchronous calls arrive wrapped. */
    @ExceptionHandler
    ResponseEntity<ApiError> completion(CompletionException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof SessionRefusal refusal) {
            return refused(refusal);
        }
        if (cause instanceof KitValidationException invalid) {
            return invalidKit(invalid);
        }
        if (cause instanceof TimeoutException) {
            return respond(ErrorCode.UNAVAILABLE, "the session-service did not answer in time; try again", null);
        }
        return respond(ErrorCode.UNAVAILABLE, "the request could not be completed; try again", null);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> timeout(TimeoutException timeout) {
        return respond(ErrorCode.UNAVAILABLE, "the session-service did not answer in time; try again", null);
    }

    private static ResponseEntity<ApiError> respond(ErrorCode code, String message, List<KitProblem> problems) {
        return ResponseEntity.status(status(code)).body(new ApiError(code.wire(), message, problems));
    }

    static HttpStatus status(ErrorCode code) {
        return switch (code) {
            case UNKNOWN_SESSION, UNKNOWN_KIT -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_ALLOWED_NOW -> HttpStatus.CONFLICT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case FRAME_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    /** @param problems for an invalid kit: each problem with its path */
    record ApiError(String error, String message, List<KitProblem> problems) {
    }
}
