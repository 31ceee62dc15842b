package dev.acrconsole.app.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.tasks.TaskDetails;
import dev.acrconsole.app.tokens.TokenDetails;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One time format and one enum format wherever a value is shown. */
class FormatTest {
    @Test
    void armTimesWithNanosecondsShowAsEveryOtherTime() {
        Instant at = Instant.parse("2026-03-01T10:15:30Z");
        assertThat(Format.armTime("2026-03-01T10:15:30.1234567+00:00")).isEqualTo(Format.instant(at)).doesNotContain(".");
        assertThat(Format.armTime("2026-03-01T10:15:30.1234567Z")).isEqualTo(Format.instant(at));
        // Written without an offset by some services: UTC.
        assertThat(Format.armInstant("2026-03-01T10:15:30.1234567")).isEqualTo(Instant.parse("2026-03-01T10:15:30.1234567Z"));
        assertThat(Format.armTime("not a time")).isEqualTo("not a time");
    }

    @Test
    void aTasksCreatedTimeHasNoNanoseconds() {
        TaskDetails task = TaskDetails.parse("""
                {"id":"/x/tasks/t","name":"t","properties":{"status":"Enabled","creationDate":"2026-03-01T10:15:30.1234567+00:00",
                 "platform":{"os":"Linux"},"step":{"type":"Docker"}}}""");
        assertThat(task.fields()).contains(new DetailField("Created", Format.instant(Instant.parse("2026-03-01T10:15:30Z"))));
    }

    @Test
    void enumValuesHaveOneCasing() {
        assertThat(Format.enumValue("PASSWORD1")).isEqualTo("Password 1");
        assertThat(Format.enumValue("password2")).isEqualTo("Password 2");
        assertThat(Format.enumValue("enabled")).isEqualTo(Format.enumValue("Enabled")).isEqualTo("Enabled");
        assertThat(Format.enumValue("ReadWrite")).isEqualTo("Read write");
        assertThat(Format.enumValue("SystemAssigned_UserAssigned")).isEqualTo("System assigned user assigned");
        assertThat(Format.enumValue(null)).isNull();
    }

    @Test
    void aTokensPasswordsAndStatusAreShownInThatCasing() {
        TokenDetails token = TokenDetails.parse("""
                {"id":"/x/tokens/t","name":"t","properties":{"status":"enabled","credentials":{"passwords":[{"name":"password1"}]}}}""");
        assertThat(token.fields()).contains(new DetailField("Status", "Enabled"));
        assertThat(token.fields()).filteredOn(f -> f.label().equals("Passwords")).singleElement()
                .extracting(DetailField::value).asString().startsWith("Password 1 (no expiry).");
    }
}
