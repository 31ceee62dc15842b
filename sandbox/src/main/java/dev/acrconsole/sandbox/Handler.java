package dev.acrconsole.sandbox;

/** Answers one routed request, or throws {@link ArmException} for an ARM error. */
@FunctionalInterface
interface Handler {
    Response handle(Request request);
}
