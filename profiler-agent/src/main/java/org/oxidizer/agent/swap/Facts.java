package org.oxidizer.agent.swap;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Named facts the MXBean returns as text in {@link Properties} format: readable by people and by core. */
final class Facts {

    private final Properties values = new Properties();

    Facts put(String key, Object value) {
        if (value != null) {
            values.setProperty(key, String.valueOf(value));
        }
        return this;
    }

    Facts putAll(String prefix, Facts other) {
        for (String key : other.values.stringPropertyNames()) {
            values.setProperty(prefix + key, other.values.getProperty(key));
        }
        return this;
    }

    String get(String key) {
        return values.getProperty(key);
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
