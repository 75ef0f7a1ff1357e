import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes N plans for the batch benchmarks (bench/scale.sh): copies of the real plans, the first 44
 * as they are, every later copy with its own plan id, footprint code, CCG codes and council names,
 * so the run has N distinct footprints and no CCG listed twice. Run as a single source file:
 *
 *     java bench/GeneratePlans.java plans OUT_DIR N
 */
public final class GeneratePlans {
    private static final Pattern PLAN_ID = Pattern.compile("(?m)^(plan:\\n(?:[ ]{2}.*\\n|\\s*#.*\\n)*?  id: )(\\S+)");
    private static final Pattern FOOTPRINT_CODE = Pattern.compile("code: E54[0-9]{6}");
    private static final Pattern CCG_CODE = Pattern.compile("code: E38[0-9]{6}");
    private static final Pattern COUNCIL = Pattern.compile("(?m)^(\\s+- \\{id: la_[^,]*, name: )([^,}]+)");

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        List<Path> templates;
        try (Stream<Path> s = Files.list(from)) {
            templates = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Files.createDirectories(to);
        String[] texts = new String[templates.size()];
        for (int i = 0; i < texts.length; i++) texts[i] = Files.readString(templates.get(i), StandardCharsets.UTF_8);
        int ccg = 0;
        for (int plan = 0; plan < n; plan++) {
            int copy = plan / texts.length;
            int i = plan % texts.length;
            String slug = templates.get(i).getFileName().toString().replace(".yaml", "");
            String text = texts[i];
            if (copy > 0) {
                Matcher id = PLAN_ID.matcher(text);
                if (!id.find()) throw new IllegalStateException("no plan.id in " + templates.get(i));
                String base = id.group(2).length() > 56 ? id.group(2).substring(0, 56) : id.group(2);   // ids are at most 64 characters
                text = text.substring(0, id.start(2)) + base + "-" + copy + text.substring(id.end(2));
                text = FOOTPRINT_CODE.matcher(text).replaceAll(String.format("code: E54%06d", 100_000 + plan));
                StringBuilder b = new StringBuilder();
                Matcher c = CCG_CODE.matcher(text);
                while (c.find()) c.appendReplacement(b, String.format("code: E38%06d", 300_000 + ccg++));
                c.appendTail(b);
                text = COUNCIL.matcher(b.toString()).replaceAll("$1$2 " + copy);
            }
            Files.writeString(to.resolve(slug + (copy > 0 ? "-" + copy : "") + ".yaml"), text, StandardCharsets.UTF_8);
        }
    }
}
