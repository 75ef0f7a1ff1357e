package org.stpcheck;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The data the real plans are built from ({@code data/}), and the decisions {@code plans/README.md}
 * records about it, read the way the tests need them.
 */
final class PlanFacts {
    static final Path DATA = Path.of("data");
    static final Path PLANS_README = Path.of("plans/README.md");
    /** The July 2017 STP progress dashboard: no plan speaks as of an earlier date. */
    static final LocalDate DASHBOARD = LocalDate.of(2017, 7, 21);
    static final LocalDate END_OF_2017 = LocalDate.of(2017, 12, 31);

    private PlanFacts() {}

    /** One row of stp44-plan-facts.csv; {@code line} is its line number (the header is line 1). */
    record Row(int line, String onsCode, String footprint, String factKey, String value, String unit,
               String date, String url, String quote, String confidence) {

        /** The last day {@code date_of_fact} can mean; empty when it names no date ("by 2021"). */
        Optional<LocalDate> latestDay() { return PlanFacts.latestDay(date); }

        /** A leading YYYY-MM-DD of the value, as date rows spell it ("2017-03-02 (NEW Devon ...)"). */
        Optional<LocalDate> leadingDate() {
            Matcher m = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})").matcher(value);
            return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        }

        /** The value in pounds, for a row in £m; empty unless the value is a bare number. */
        Optional<BigDecimal> pounds() {
            if (!value.matches("-?\\d+(\\.\\d+)?")) return Optional.empty();
            return Optional.of(new BigDecimal(value).movePointRight(6));
        }

        boolean saysYes() { return value.toLowerCase().startsWith("yes"); }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(DATA.resolve("stp44-plan-facts.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                rows.add(new Row(rows.size() + 2, r.get("ons_code"), r.get("footprint_name"), r.get("fact_key"),
                        r.get("value"), r.get("unit"), r.get("date_of_fact"), r.get("source_url"), r.get("source_quote"),
                        r.get("confidence")));
            }
        }
        return rows;
    }

    /** stp44.csv by ONS code. */
    static Map<String, CSVRecord> footprints() throws IOException {
        Map<String, CSVRecord> out = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(DATA.resolve("stp44.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                out.put(r.get("ons_code"), r);
            }
        }
        return out;
    }

    /**
     * plans/README.md's rule for comparing a date of the data with {@code as_of}: the last day the
     * date can mean; "c." is read as the date it qualifies; "by YYYY" is a horizon, not a date.
     */
    static Optional<LocalDate> latestDay(String date) {
        String d = date.strip();
        if (d.startsWith("by ")) return Optional.empty();
        if (d.startsWith("c.")) d = d.substring(2);
        if (d.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(LocalDate.parse(d));
        Matcher m = Pattern.compile("(\\d{4})[-/](\\d{2})").matcher(d);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (second == (year + 1) % 100) return Optional.of(LocalDate.of(year + 1, 3, 31)); // a financial year
            return Optional.of(YearMonth.of(year, second).atEndOfMonth());
        }
        if (d.matches("\\d{4}")) return Optional.of(LocalDate.of(Integer.parseInt(d), 12, 31));
        throw new IllegalArgumentException("a date_of_fact the README's rule does not cover: " + date);
    }

    /** The README's fact_key table: each key's homes (format paths), or an empty list when it has none. */
    static Map<String, List<String>> homes() throws IOException {
        Map<String, List<String>> homes = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^\\| `([a-z0-9_]+)` \\| (\\d+) \\| (.+) \\|$");
        for (String l : section("## fact_key → home")) {
            Matcher m = line.matcher(l);
            if (!m.matches()) continue;
            String home = m.group(3).strip();
            if (home.matches("`[a-z0-9_.\\[\\]]+`(, `[a-z0-9_.\\[\\]]+`)*")) {
                homes.put(m.group(1), List.of(home.replace("`", "").split(", ")));
            } else {
                if (home.length() < 10) throw new AssertionError("no reason recorded for " + m.group(1) + ": " + home);
                homes.put(m.group(1), List.of());
            }
        }
        return homes;
    }

    /** The README's table of rows with a home that are left out: line → {fact_key, reason}. */
    static Map<Integer, String[]> leftOut() throws IOException {
        Map<Integer, String[]> out = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^\\| (\\d+) \\| ([^|]+) \\| `([a-z0-9_]+)` \\| (.+) \\|$");
        for (String l : section("## Rows with a home that are left out")) {
            Matcher m = line.matcher(l);
            if (m.matches()) out.put(Integer.parseInt(m.group(1)), new String[] {m.group(3), m.group(4).strip()});
        }
        return out;
    }

    private static List<String> section(String heading) throws IOException {
        List<String> lines = Files.readAllLines(PLANS_README, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        if (start < 0) throw new AssertionError("plans/README.md has no section " + heading);
        List<String> out = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) out.add(lines.get(i));
        return out;
    }
}
