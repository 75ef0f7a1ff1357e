package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.stpcheck.TestSupport;

/**
 * SARIF and JUnit XML as CI servers and SARIF viewers read them: each report is validated against
 * the official schema kept in src/test/resources/schemas (see its README for where each came
 * from), for the worked example, the 44 plans and a plan that does not load.
 */
class CiFormatsTest {
    static final String EXAMPLE = CliTest.EXAMPLE;
    private static JsonSchema sarifSchema;
    private static Schema junitSchema;

    @BeforeAll
    static synchronized void schemas() throws Exception {
        if (sarifSchema != null) return;
        JsonNode schema = new ObjectMapper().readTree(Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json").toFile());
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        junitSchema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new File("src/test/resources/schemas/surefire-test-report.xsd"));
    }

    static JsonNode sarif(TestSupport.CliRun r) throws Exception {
        schemas();
        JsonNode log = new ObjectMapper().readTree(r.out());
        assertThat(sarifSchema.validate(log)).as("valid SARIF 2.1.0").isEmpty();
        return log;
    }

    /** The surefire schema describes one testsuite: each of the report's is validated as such. */
    static Document junit(TestSupport.CliRun r) throws Exception {
        schemas();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.out())));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isPositive();
        for (int i = 0; i < suites.getLength(); i++) junitSchema.newValidator().validate(new DOMSource(suites.item(i)));
        return doc;
    }

    @Test
    void theSchemaValidatorRejectsAnInvalidLog() throws Exception {
        // the validator is live: a log without its version, and a result with an unknown level, are refused
        JsonNode bad = new ObjectMapper().readTree("{\"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}}, \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"loud\"}]}]}");
        assertThat(sarifSchema.validate(bad)).isNotEmpty();
        // and the JUnit schema refuses a testsuite without its counts
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader("<testsuite name=\"x\"/>")));
        assertThatThrownBy(() -> junitSchema.newValidator().validate(new DOMSource(doc.getDocumentElement())))
                .isInstanceOf(org.xml.sax.SAXException.class).hasMessageContaining("tests");
    }

    @Test
    void sarifOfTheWorkedExampleIsValidWithOneResultPerFinding() throws Exception {
        TestSupport.CliRun r = TestSupport.cli("check", EXAMPLE, "--format", "sarif");
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        JsonNode run = sarif(r).at("/runs/0");
        assertThat(run.at("/tool/driver/rules")).hasSize(83);
        JsonNode pg06 = run.at("/tool/driver/rules/5");
        assertThat(pg06.get("id").asText()).isEqualTo("PG-06");
        assertThat(pg06.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(pg06.at("/properties/family").asText()).isEqualTo("PG");
        assertThat(pg06.at("/help/markdown").asText()).contains("**Citation:**", "**What to do:**");
        // one result per fail, unmet or flag finding: as many as the JSON report has
        JsonNode json = new ObjectMapper().readTree(TestSupport.cli("check", EXAMPLE, "--format", "json").out());
        int findings = 0;
        for (JsonNode res : json.at("/plans/0/results")) {
            for (JsonNode f : res.get("findings")) if (List.of("fail", "unmet", "flag").contains(f.get("outcome").asText())) findings++;
        }
        assertThat(run.get("results")).hasSize(findings);
        JsonNode s7506 = null;
        for (JsonNode res : run.get("results")) if (res.get("ruleId").asText().equals("S75-06")) s7506 = res;
        assertThat(s7506.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(EXAMPLE);
        assertThat(s7506.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(329);
        assertThat(s7506.get("level").asText()).isEqualTo("error");
        assertThat(s7506.at("/properties/facts").size()).isPositive();
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void sarifOfTheFortyFourPlansAndABrokenOneIsValid(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "format_version: 1\nplan: {id: b, name: B, as_of: 2017-10-01}\nfootprint: {name: B, nmae: x}\n");
        TestSupport.CliRun r = TestSupport.cli("check", "plans/", bad.toString(), "--format", "sarif");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        JsonNode run = sarif(r).at("/runs/0");
        assertThat(run.get("results").size()).isGreaterThan(44);
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(note.at("/message/text").asText()).isEqualTo(bad + ":3:22: footprint.nmae: unknown key; did you mean \"name\"?");
        assertThat(note.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    }

    @Test
    void junitOfTheWorkedExampleIsValid() throws Exception {
        TestSupport.CliRun r = TestSupport.cli("check", EXAMPLE, "--format", "junit");
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        Document doc = junit(r);
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(EXAMPLE);
        assertThat(suite.getAttribute("tests")).isEqualTo("83");
        assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(doc.getElementsByTagName("failure").getLength()));
        Element s7506 = testcase(doc, "S75-06");
        assertThat(s7506.getAttribute("classname")).isEqualTo("S75");
        Element failure = (Element) s7506.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("fail");
        assertThat(failure.getTextContent()).contains(EXAMPLE + ":329:");
        assertThat(testcase(doc, "PG-02").getElementsByTagName("skipped").getLength()).as("not applicable is skipped").isOne();
    }

    @Test
    void aFlagFailsInJunitOnlyWhenFailOnReachesIt() throws Exception {
        String plan = "rules/PG/PG-07/tests/flag-asserts-statutory-powers.yaml";   // PG-07 flags at warning severity
        Document atError = junit(TestSupport.cli("check", plan, "--format", "junit", "--requirement", "PG-07"));
        assertThat(testcase(atError, "PG-07").getElementsByTagName("failure").getLength()).isZero();
        assertThat(testcase(atError, "PG-07").getElementsByTagName("system-out").item(0).getTextContent()).startsWith("flag (warning");
        Document atWarning = junit(TestSupport.cli("check", plan, "--format", "junit", "--requirement", "PG-07", "--fail-on", "warning"));
        assertThat(testcase(atWarning, "PG-07").getElementsByTagName("failure").getLength()).isOne();
        Document never = junit(TestSupport.cli("check", plan, "--format", "junit", "--requirement", "PG-07", "--fail-on", "never"));
        assertThat(testcase(never, "PG-07").getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void junitOfTheFortyFourPlansAndABrokenOneIsValid(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "format_version: 1\nplan: {id: b, name: \"B\u0001\", as_of: 2017-10-01}\nfootprint: {name: B, nmae: x}\n");
        TestSupport.CliRun r = TestSupport.cli("check", "plans/", bad.toString(), "--format", "junit");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        Document doc = junit(r);
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(45);
        List<Element> errors = elements(doc.getElementsByTagName("error"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getAttribute("type")).isEqualTo("invalid");
        assertThat(errors.get(0).getTextContent()).contains(bad + ":2:");
    }

    @Test
    void sameInputSameBytes() {
        for (String format : List.of("sarif", "junit")) {
            assertThat(TestSupport.cli("check", "plans/", "--format", format).out())
                    .isEqualTo(TestSupport.cli("check", "plans/", "--format", format).out());
        }
    }

    static Element testcase(Document doc, String id) {
        for (Element e : elements(doc.getElementsByTagName("testcase"))) if (e.getAttribute("name").startsWith(id + " ")) return e;
        throw new AssertionError("no testcase " + id);
    }

    static List<Element> elements(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }
}
