package org.stpcheck.bench;

import java.io.File;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The cold-start floor the brief measures against: a minimal JVM program that only parses the
 * same YAML with Jackson and prints how many top-level keys each file has.
 */
public final class ParseOnly {
    public static void main(String[] args) throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int keys = 0;
        for (String a : args) {
            File f = new File(a);
            File[] files = f.isDirectory() ? f.listFiles((d, n) -> n.endsWith(".yaml")) : new File[] {f};
            for (File x : files) {
                JsonNode n = yaml.readTree(x);
                keys += n.size();
            }
        }
        System.out.println("keys=" + keys);
    }
}
