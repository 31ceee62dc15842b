package dev.acrconsole.app.dataplane;

/** The registry refused a request: its HTTP status and ACR's own error code and message (UNAUTHORIZED, DENIED, ...). */
public final class AcrRequestException extends RuntimeException {
    private final int status;
    private final String code;
    private final String acrMessage;

    public AcrRequestException(AcrResponse response) {
        super(response.errorCode() + ": " + response.errorMessage() + " (HTTP " + response.status() + ")");
        this.status = response.status();
        this.code = response.errorCode();
        this.acrMessage = response.errorMessage();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String acrMessage() {
        return acrMessage;
    }
}
