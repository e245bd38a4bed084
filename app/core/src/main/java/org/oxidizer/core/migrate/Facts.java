package org.oxidizer.core.migrate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/** Reads the agent's Properties-text answers. */
final class Facts {

    private Facts() {
    }

    static Properties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String write(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static long number(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? 0 : Long.parseLong(v.trim());
    }

    static int integer(Properties p, String key) {
        return (int) number(p, key);
    }
}
