package dev.acrconsole.sandbox;

/** ARM's error: the code and message a failed operation or request reports, with the HTTP status it comes with. */
public record ArmError(int status, String code, String message) {

    ArmException exception() {
        return new ArmException(status, code, message);
    }
}
