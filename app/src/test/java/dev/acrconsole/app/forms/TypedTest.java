package dev.acrconsole.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a typed day or number reads as, and what a user is told when it does not. */
class TypedTest {
    @Test
    void aDayReadsAsYearMonthDayWithOrWithoutLeadingZerosAndEmptyIsNone() {
        assertThat(Typed.day("2027-06-30").value()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(Typed.day(" 2027-6-3 ").value()).isEqualTo(LocalDate.of(2027, 6, 3));
        assertThat(Typed.day("")).isEqualTo(new Typed<LocalDate>(null, null));
        assertThat(Typed.day(null).ok()).isTrue();
    }

    @Test
    void aTextThatIsNotADayThatExistsSaysWhatToType() {
        for (String text : new String[] {"tomorrow", "6/30/2027", "30.06.2027", "2027-02-30", "2027-13-01"}) {
            Typed<LocalDate> day = Typed.day(text);
            assertThat(day.ok()).as(text).isFalse();
            assertThat(day.value()).as(text).isNull();
            assertThat(day.problem()).isEqualTo("'" + text + "' is not a day: type it as year-month-day (YYYY-MM-DD), or pick it.");
        }
    }

    @Test
    void aWholeNumberReadsWithinItsRangeAndEverythingElseSaysTheRange() {
        assertThat(Typed.wholeNumber(" 30 ", 1, 365).value()).isEqualTo(30);
        assertThat(Typed.wholeNumber("1", 1, 365).ok()).isTrue();
        assertThat(Typed.wholeNumber("365", 1, 365).ok()).isTrue();
        assertThat(Typed.wholeNumber("", 1, 365).problem()).isEqualTo("Type a whole number from 1 to 365.");
        assertThat(Typed.wholeNumber("2.5", 1, 365).problem()).isEqualTo("'2.5' is not a whole number. Type a whole number from 1 to 365.");
        assertThat(Typed.wholeNumber("99999999999", 1, 365).problem()).startsWith("99999999999 is out of range.");
        assertThat(Typed.wholeNumber("366", 1, 365).problem()).isEqualTo("366 is out of range. Type a whole number from 1 to 365.");
        assertThat(Typed.wholeNumber("0", 1, 365).value()).isNull();
    }
}
