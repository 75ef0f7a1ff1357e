package org.stpcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A row's month is read by hand for speed (issue 12's warm path): it must agree with {@link YearMonth#parse} everywhere. */
class SeriesRowTest {
    private static YearMonth month(String period) { return new SeriesRow("p", period, 1.0).month(); }

    @Test
    void monthsAgreeWithYearMonthParseOnSeededPeriods() {
        Random random = new Random(20261205);
        String alphabet = "0123456789-/+x ";
        for (int i = 0; i < 20_000; i++) {
            String p;
            if (i % 3 == 0) {
                p = String.format("%04d-%02d", random.nextInt(10_000), random.nextInt(15));
            } else {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(9); k > 0; k--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                p = b.toString();
            }
            if (p.indexOf('/') >= 0) continue;   // financial years have their own reading
            YearMonth expected;
            try {
                expected = YearMonth.parse(p);
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> month(p)).as(p).isInstanceOf(DateTimeParseException.class).hasMessage(e.getMessage());
                continue;
            }
            assertThat(month(p)).as(p).isEqualTo(expected);
        }
    }

    @Test
    void aFinancialYearIsTheMarchThatEndsIt() {
        assertThat(month("2017/18")).isEqualTo(YearMonth.of(2018, 3));
        assertThat(month("2017-09")).isEqualTo(YearMonth.of(2017, 9));
        assertThat(new SeriesRow("p", null, 1.0).month()).isNull();
    }
}
