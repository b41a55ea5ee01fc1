package dev.greenlight.model.remote;

/** An endpoint's answer that is valid JSON but not what its protocol promises. */
final class RemoteAnswerException extends RuntimeException {

    RemoteAnswerException(String message) {
        super(message);
    }
}
