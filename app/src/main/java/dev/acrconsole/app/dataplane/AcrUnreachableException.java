package dev.acrconsole.app.dataplane;

/**
 * A registry's data plane could not be reached or broke off. The transport's exception is kept as suppressed, not as
 * the cause: the error describer walks causes and would name Azure Resource Manager for a connection refused.
 */
public final class AcrUnreachableException extends RuntimeException {
    AcrUnreachableException(String loginServer, RuntimeException transport) {
        super("Cannot reach the registry " + loginServer + ": " + firstLine(transport));
        addSuppressed(transport);
    }

    private static String firstLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
