package dev.acrconsole.app.arm;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import dev.acrconsole.app.arm.ArmRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/** Turns what the SDK throws into one line a user can act on: ARM's own code and message first. */
public final class ArmErrors {
    private ArmErrors() {}

    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ManagementException m && m.getValue() != null) {
                ManagementError e = m.getValue();
                return e.getCode() + ": " + firstLine(e.getMessage()) + status(m);
            }
            if (t instanceof UnreadableAnswerException u) {
                return u.getMessage(); // its cause is the parser's, which says less
            }
            if (t instanceof ArmRequestException a) {
                return firstLine(a.getMessage()); // "Code: message (HTTP n)", as for the SDK's exceptions
            }
            if (t instanceof HttpResponseException h) {
                return "HTTP " + h.getResponse().getStatusCode() + ": " + firstLine(h.getMessage());
            }
            if (t instanceof SSLException) {
                return "Secure connection failed (certificate not trusted?): " + firstLine(t.getMessage());
            }
            if (t instanceof ConnectException) {
                return "Cannot reach Azure Resource Manager: " + firstLine(String.valueOf(t.getMessage()));
            }
            if (t instanceof HttpTimeoutException) {
                return "Azure Resource Manager did not answer in time: " + firstLine(String.valueOf(t.getMessage()));
            }
        }
        Throwable root = error;
        // A future's wrapper says only the class of what it wraps: the wrapped error speaks for itself.
        while (root.getCause() != null && (root instanceof UncheckedIOException || root instanceof CompletionException
                || root instanceof ExecutionException || root.getCause() instanceof IOException)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String line = message == null || message.isBlank() ? root.getClass().getSimpleName() : firstLine(message);
        // A connection dropped mid-answer (reset, or an answer cut short) says only "EOF reached while reading".
        return root instanceof IOException ? "The connection to Azure Resource Manager broke off: " + line : line;
    }

    private static String status(ManagementException m) {
        return m.getResponse() == null ? "" : " (HTTP " + m.getResponse().getStatusCode() + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
