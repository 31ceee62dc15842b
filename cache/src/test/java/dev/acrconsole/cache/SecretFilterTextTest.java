package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text (log lines) loses what the cache refuses: secret fields' values, SAS, user:password URLs, tokens. */
class SecretFilterTextTest {
    @Test
    void secretsInFreeTextAreRedactedAndTheRestKept() {
        String line = "PUT failed {\"name\":\"tok1\",\"password\":\"Pa55-w0rd\"} source=https://acct.blob.core.windows.net/c/x.tar?sv=2024&sig=AbC%2Fsig"
                + " pull https://bob:hunter2@registry.example.com/v2/ Authorization: Bearer abc.def-ghi clientSecret=s3cr3t"
                + " id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
        String out = SecretFilter.redactText(line);
        assertThat(out).doesNotContain("Pa55-w0rd", "AbC%2Fsig", "sv=2024", "hunter2", "bob:", "abc.def-ghi", "s3cr3t",
                "eyJhbGciOiJSUzI1NiJ9");
        assertThat(out).contains("PUT failed", "\"name\":\"tok1\"", "https://acct.blob.core.windows.net/c/x.tar?[redacted]",
                "https://[redacted]@registry.example.com/v2/", SecretFilter.REDACTED);
        assertThat(SecretFilter.redactText("GET /subscriptions/s1/resourceGroups/rg took 12 ms"))
                .isEqualTo("GET /subscriptions/s1/resourceGroups/rg took 12 ms");
    }
}
