package org.oxidizer.core.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Frame patterns mapped to categories (regex, string copy/encoding, JSON, GC, ...). A sample belongs to
 * the category of the first frame, walking from the leaf toward the root, that any rule matches; rules
 * are tried in order and user rules come before the defaults. Patterns are globs over frame names:
 * {@code *} matches anything, everything else is literal.
 */
public final class CategoryRules {

    public static final String OTHER = "other";

    /** One {@code pattern -> category} line. */
    public record Rule(String glob, String category, Pattern compiled) {
        static Rule of(String glob, String category) {
            StringBuilder re = new StringBuilder();
            for (String part : glob.split("\\*", -1)) {
                re.append(Pattern.quote(part)).append(".*");
            }
            re.setLength(re.length() - 2);
            return new Rule(glob, category, Pattern.compile(re.toString()));
        }
    }

    private static final String[][] DEFAULTS = {
        {"oxidizer_kernels::*", "native kernel"}, {"rayon*", "native kernel"}, {"*rayon_core::*", "native kernel"},
        {"com.sun.jna.*", "native kernel"},
        {"java.util.regex.*", "regex"}, {"regex::*", "regex"}, {"regex_automata::*", "regex"},
        {"com.fasterxml.jackson.*", "JSON"}, {"com.google.gson.*", "JSON"}, {"org.json.*", "JSON"},
        {"jakarta.json.*", "JSON"}, {"javax.json.*", "JSON"}, {"*Json*", "JSON"}, {"*JSON*", "JSON"},
        {"java.lang.String.*", "string copy/encoding"}, {"java.lang.StringLatin1.*", "string copy/encoding"},
        {"java.lang.StringUTF16.*", "string copy/encoding"}, {"java.lang.StringCoding.*", "string copy/encoding"},
        {"java.lang.AbstractStringBuilder.*", "string copy/encoding"}, {"java.lang.StringBuilder.*", "string copy/encoding"},
        {"java.lang.StringConcatHelper.*", "string copy/encoding"}, {"sun.nio.cs.*", "string copy/encoding"},
        {"__memcpy*", "string copy/encoding"}, {"__memmove*", "string copy/encoding"}, {"*arraycopy*", "string copy/encoding"},
        {"java.util.HashMap*", "collections & boxing"}, {"java.util.TreeMap*", "collections & boxing"},
        {"java.util.ArrayList*", "collections & boxing"}, {"java.util.LinkedHashMap*", "collections & boxing"},
        {"java.util.concurrent.ConcurrentHashMap*", "collections & boxing"}, {"java.util.Arrays.*", "collections & boxing"},
        {"java.lang.Integer.*", "collections & boxing"}, {"java.lang.Long.*", "collections & boxing"},
        {"java.lang.Double.*", "collections & boxing"}, {"java.util.stream.*", "collections & boxing"},
        {"java.io.*", "I/O"}, {"java.nio.*", "I/O"}, {"sun.nio.ch.*", "I/O"}, {"sun.nio.fs.*", "I/O"},
        {"__x64_sys_read*", "I/O"}, {"__x64_sys_write*", "I/O"}, {"*vfs_read*", "I/O"}, {"*vfs_write*", "I/O"},
        {"G1*", "GC"}, {"*GangWorker*", "GC"}, {"*WorkerThread::run*", "GC"}, {"PS*", "GC"}, {"ParallelGC*", "GC"},
        {"ZHeap*", "GC"}, {"ZMark*", "GC"}, {"ZRelocate*", "GC"}, {"ZBarrier*", "GC"}, {"ZDriver*", "GC"},
        {"Shenandoah*", "GC"}, {"*CollectedHeap*", "GC"}, {"*OopClosure*", "GC"}, {"*ScanCard*", "GC"},
        {"*GCTask*", "GC"}, {"MemAllocator*", "GC"}, {"OptoRuntime::new_array*", "GC"}, {"OptoRuntime::new_instance*", "GC"},
        {"CompileBroker*", "JIT compiler"}, {"C2Compiler*", "JIT compiler"}, {"Compile::*", "JIT compiler"},
        {"Compilation::*", "JIT compiler"}, {"Phase*", "JIT compiler"}, {"*Compiler::compile*", "JIT compiler"},
        {"java.lang.ClassLoader*", "class loading"}, {"jdk.internal.loader.*", "class loading"},
        {"SystemDictionary*", "class loading"}, {"ClassFileParser*", "class loading"}, {"ClassLoader::*", "class loading"},
        {"*_[k]", "kernel (OS)"},
    };

    /** Compiled once: every breakdown classifies each frame of a profile against all of them. */
    private static final CategoryRules DEFAULT_RULES = withUserRules(List.of());

    private final List<Rule> rules;
    /**
     * Each frame's category once: every view of a profile (its hot methods, all frames, the breakdown, each range of its
     * time line) asks again for the same frames, and matching them against every rule is most of the cost.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> known = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String NONE = new String("no category");
    private static final int KNOWN_LIMIT = 500_000;

    private CategoryRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static CategoryRules defaults() {
        return DEFAULT_RULES;
    }

    /** User rules first, so they win over the defaults. */
    public static CategoryRules withUserRules(List<Rule> userRules) {
        List<Rule> all = new ArrayList<>(userRules);
        for (String[] d : DEFAULTS) {
            all.add(Rule.of(d[0], d[1]));
        }
        return new CategoryRules(all);
    }

    /**
     * Reads a rules file: one {@code category: glob} per line, {@code #} comments and blank lines ignored.
     *
     * @throws ProfileFormatException naming the file and line of a rule that cannot be read
     */
    public static List<Rule> readUserRules(Path file) throws IOException, ProfileFormatException {
        List<Rule> rules = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                throw new ProfileFormatException(file.getFileName() + " line " + (i + 1)
                    + ": expected 'category: frame-pattern', found '" + line + "'");
            }
            rules.add(Rule.of(line.substring(colon + 1).trim(), line.substring(0, colon).trim()));
        }
        return rules;
    }

    /** The category of one frame name, or null if no rule matches it. */
    public String categoryOf(String frame) {
        String c = known.get(frame);
        if (c == null) {
            c = NONE;
            for (Rule r : rules) {
                if (r.compiled().matcher(frame).matches()) {
                    c = r.category();
                    break;
                }
            }
            if (known.size() >= KNOWN_LIMIT) {
                known.clear();          // a long session that read many profiles: start again rather than grow
            }
            known.put(frame, c);
        }
        return c == NONE ? null : c;
    }

    public List<Rule> rules() {
        return rules;
    }
}
