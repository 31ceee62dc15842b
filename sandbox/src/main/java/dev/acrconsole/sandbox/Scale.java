package dev.acrconsole.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Size of generated data for benchmarks: {@code subscriptions} x {@code registriesPerSubscription}. */
public record Scale(int subscriptions, int registriesPerSubscription) {

    /** Enough for any benchmark while keeping the generated model within a default heap. */
    static final long MAX_REGISTRIES = 5_000_000;

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*[xX]\\s*(\\d{1,9})\\s*");

    public Scale {
        if (subscriptions < 1 || registriesPerSubscription < 1) {
            throw new IllegalArgumentException("scale needs at least 1 subscription and 1 registry per subscription, got "
                    + subscriptions + "x" + registriesPerSubscription);
        }
        if ((long) subscriptions * registriesPerSubscription > MAX_REGISTRIES) {
            throw new IllegalArgumentException("scale " + subscriptions + "x" + registriesPerSubscription
                    + " is more than " + MAX_REGISTRIES + " registries");
        }
    }

    /** Parses {@code "10x1000"}: 10 subscriptions with 1000 registries each. */
    public static Scale parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("scale must look like SUBSCRIPTIONSxREGISTRIES, e.g. 10x1000, got '" + text + "'");
        }
        return new Scale(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return subscriptions + "x" + registriesPerSubscription;
    }
}
