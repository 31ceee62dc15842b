package dev.acrconsole.app.arm;

/** ARM refused a plain-JSON request (see {@link ArmHttp}): its HTTP status and its own error code and message. */
public final class ArmRequestException extends RuntimeException {
    private final int status;
    private final String code;
    private final String armMessage;

    public ArmRequestException(ArmResponse response) {
        super(response.errorCode() + ": " + response.errorMessage() + " (HTTP " + response.status() + ")");
        this.status = response.status();
        this.code = response.errorCode();
        this.armMessage = response.errorMessage();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String armMessage() {
        return armMessage;
    }
}
