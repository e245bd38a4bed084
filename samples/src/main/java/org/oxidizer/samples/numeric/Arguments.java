package org.oxidizer.samples.numeric;

/** {@code --name value} command-line arguments of the numeric samples, with defaults. */
final class Arguments {

    private final String[] args;

    Arguments(String[] args) {
        this.args = args.clone();
    }

    /** The value after {@code name}, underscores allowed as in {@code 1_000_000}, or {@code fallback}. */
    int intArg(String name, int fallback) {
        String v = stringArg(name, null);
        return v == null ? fallback : Integer.parseInt(v.replace("_", ""));
    }

    String stringArg(String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
