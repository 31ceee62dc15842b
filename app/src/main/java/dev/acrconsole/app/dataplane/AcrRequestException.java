package dev.acrconsole.app.dataplane;

/** The registry refused a request: its HTTP status and ACR's own error code and message (UNAUTHORIZED, DENIED, ...). */
public final class AcrRequestException extends RuntimeException {
    public AcrRequestException(AcrResponse response) {
        super(response.errorCode() + ": " + response.errorMessage() + " (HTTP " + response.status() + ")");
    }
}
