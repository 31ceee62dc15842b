package dev.acrconsole.app.accounts;

import java.time.OffsetDateTime;

/** What a device-code sign-in asks the user to do: open {@code url} on any device and type {@code code}. */
public record DeviceCodePrompt(String code, String url, String message, OffsetDateTime expiresOn) {
    @Override
    public String toString() {
        return "DeviceCodePrompt[" + url + "]"; // the code is for the user's eyes, not for logs
    }
}
