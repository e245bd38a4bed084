package org.oxidizer.agent.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Named facts as the agent's MXBeans answer them: {@link Properties} text, readable by a person in a log and
 * parsed back by the workbench. The agent writes them with {@link #put}; the workbench reads them with {@link #parse}.
 */
public final class Facts {

    private final Properties values = new Properties();

    public Facts put(String key, Object value) {
        if (value != null) {
            values.setProperty(key, String.valueOf(value));
        }
        return this;
    }

    public Facts remove(String key) {
        values.remove(key);
        return this;
    }

    /** Copies every fact of {@code other} under {@code prefix}. */
    public Facts putAll(String prefix, Facts other) {
        for (String key : other.values.stringPropertyNames()) {
            values.setProperty(prefix + key, other.values.getProperty(key));
        }
        return this;
    }

    /** The facts whose keys start with {@code prefix}, the prefix removed. */
    public Facts section(String prefix) {
        Facts part = new Facts();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                part.values.setProperty(key.substring(prefix.length()), values.getProperty(key));
            }
        }
        return part;
    }

    public String get(String key) {
        return values.getProperty(key);
    }

    public String get(String key, String otherwise) {
        return values.getProperty(key, otherwise);
    }

    public boolean has(String key) {
        return values.getProperty(key) != null;
    }

    /** 0 when absent or blank. */
    public long number(String key) {
        String v = values.getProperty(key);
        return v == null || v.trim().isEmpty() ? 0 : Long.parseLong(v.trim());
    }

    public int integer(String key) {
        return Math.toIntExact(number(key));
    }

    /** false when absent. */
    public boolean flag(String key) {
        return Boolean.parseBoolean(values.getProperty(key));
    }

    public Set<String> keys() {
        return new TreeSet<>(values.stringPropertyNames());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Facts from name-value pairs, e.g. a kernel's parameters. */
    public static Facts of(Map<String, String> values) {
        Facts facts = new Facts();
        values.forEach(facts::put);
        return facts;
    }

    public static Facts parse(String text) {
        Facts facts = new Facts();
        try {
            facts.values.load(new StringReader(text == null ? "" : text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return facts;
    }

    @Override
    public String toString() {
        StringWriter out = new StringWriter();
        try {
            values.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Drop the date comment store() writes first: the text is compared in tests and logs.
        String text = out.toString();
        return text.startsWith("#") ? text.substring(text.indexOf('\n') + 1) : text;
    }
}
