package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ACS-08's percentages are written without {@code BigDecimal} (its first use costs a cold run on
 * Java 25 13-24 ms: bench/README), yet read exactly as {@code BigDecimal} read them: the value as
 * {@link Double#toString} writes it, rounded half up to two places, trailing zeros dropped. The
 * shipped rule model's own function is called, against {@code BigDecimal} as the reference.
 */
class Acs08PercentTest {
    private static Method acs08Pct;

    @BeforeAll
    static void findTheFunction() throws Exception {
        String index;
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(RuleBase.MODEL_INDEX)) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a family's DRL functions are static methods of its model class
        String acs = index.lines().filter(l -> l.startsWith("stpcheck.rules.acs.")).findFirst().orElseThrow().split(" ")[0];
        acs08Pct = Class.forName(acs).getMethod("acs08Pct", Double.class);
    }

    private static String shown(Double c) throws Exception {
        return (String) acs08Pct.invoke(null, c);
    }

    private static String asBigDecimalShowsIt(double c) {
        return BigDecimal.valueOf(c).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    @Test
    void writtenAsTheCatalogueShowsThem() throws Exception {
        assertThat(shown(-15.014)).isEqualTo("-15.01%");
        assertThat(shown(-15.0)).isEqualTo("-15%");
        assertThat(shown(-30.0)).isEqualTo("-30%");
        assertThat(shown(12.5)).isEqualTo("12.5%");
        assertThat(shown(-0.001)).isEqualTo("0%");
        assertThat(shown(-0.005)).isEqualTo("-0.01%");
        assertThat(shown(100.0)).isEqualTo("100%");
        assertThat(shown(null)).isEqualTo("n/a");
        assertThat(shown(Double.NaN)).isEqualTo("n/a");
        assertThat(shown(Double.NEGATIVE_INFINITY)).isEqualTo("n/a");
    }

    @Test
    void halvesZerosAndExtremesReadAsBigDecimalReadsThem() throws Exception {
        double[] cases = {0.0, -0.0, 0.005, -0.005, 0.004999, 1.005, 2.675, 1.115, 99.995, -99.995, 0.125, -0.125,
                10.0, 100.0, 1000.0, 1e-7, -1e-7, 1e-300, -4.9e-324, 1e20, 1.0e23, 123456789.125, -0.30000000000000004,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 9.995, 0.995, -0.995, 5e-3, 4.5e-3};
        for (double c : cases) assertThat(shown(c)).as("%s", c).isEqualTo(asBigDecimalShowsIt(c));
    }

    @Test
    void seededValuesReadAsBigDecimalReadsThem() throws Exception {
        Random random = new Random(20261205L);
        for (int i = 0; i < 100_000; i++) {
            double c = switch (i % 5) {
                // changes as plans state them: whole and part per cents
                case 0 -> Math.round(random.nextGaussian() * 4000) / 100.0;
                // on a half of the last place kept, where the rounding decides
                case 1 -> (random.nextInt(400_001) - 200_000) / 1000.0 + (random.nextBoolean() ? 0.0 : 0.0005);
                // any ratio of two stated numbers
                case 2 -> (random.nextInt(5000) - random.nextInt(5000)) * 100.0 / (1 + random.nextInt(5000));
                // every magnitude
                case 3 -> random.nextGaussian() * Math.pow(10, random.nextInt(41) - 20);
                // any finite double at all
                default -> {
                    double d;
                    do d = Double.longBitsToDouble(random.nextLong()); while (!Double.isFinite(d));
                    yield d;
                }
            };
            assertThat(shown(c)).as("%s", c).isEqualTo(asBigDecimalShowsIt(c));
        }
    }
}
