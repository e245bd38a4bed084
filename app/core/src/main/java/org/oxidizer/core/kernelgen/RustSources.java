package org.oxidizer.core.kernelgen;

import java.util.ArrayList;
import java.util.List;
import org.oxidizer.core.kernelgen.KernelPlan.Parameter;

/** The Rust half of a kernel project: the crate's manifest, its entry point over the checked boundary, the body to fill in. */
final class RustSources {

    private RustSources() {
    }

    static String cargoToml(KernelPlan plan) {
        return """
            [package]
            name = "%s"
            version = "0.1.0"
            edition = "2021"
            description = "Native kernel for %s, written by `oxidizer kernel new`."
            publish = false

            [lib]
            # cdylib for the JVM; rlib so `cargo test` links the unit tests.
            crate-type = ["cdylib", "rlib"]

            # No dependencies: it builds offline as written. Crates you add must be in the machine's registry
            # (on Debian, a librust-<name>-dev package; .cargo/config.toml points cargo at it).
            [dependencies]

            [profile.release]
            opt-level = 3
            lto = true
            codegen-units = 1
            # The entry point catches panics and returns an error code: unwinding never crosses into the JVM.
            panic = "unwind"
            """.formatted(plan.crate(), plan.className() + "." + plan.methodName());
    }

    static String cargoConfig() {
        return """
            # Never reach the network: crates come from the machine's own registry (Debian's librust-*-dev packages).
            [source.crates-io]
            replace-with = "debian"

            [source.debian]
            directory = "/usr/share/cargo/registry"

            [net]
            offline = true

            [build]
            # async-profiler walks native stacks by frame pointers: without them a kernel shows as one frame.
            rustflags = ["-C", "force-frame-pointers=yes"]
            """;
    }

    /** The C entry point: checks what Java passes, calls the body, hands the answer back. */
    static String lib(KernelPlan plan) {
        List<String> params = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        List<String> args = new ArrayList<>();
        boolean isVoid = plan.answer() == ValueKind.VOID;
        for (Parameter p : plan.parameters()) {
            String n = p.rust();
            ValueKind k = p.kind();
            if (k.primitive()) {
                params.add(n + ": " + abi(k));
                args.add(k == ValueKind.BOOLEAN ? n + " != 0" : n);
            } else if (k.primitiveArray() || k == ValueKind.STRING) {
                String element = k == ValueKind.BOOLEAN_ARRAY ? "u8" : k == ValueKind.STRING ? "u16" : k.rustElement();
                boolean writable = isVoid && k.primitiveArray();
                params.add(n + "_data: *" + (writable ? "mut " : "const ") + element);
                params.add(n + "_len: i64");
                checks.add("let " + n + " = ffi::" + (writable ? "slice_mut" : "slice") + "(" + n + "_data, " + n + "_len)?;");
                args.add(n);
            } else if (k == ValueKind.INTEGER_LIST || k == ValueKind.LONG_LIST || k == ValueKind.DOUBLE_LIST) {
                params.add(n + "_data: *const " + k.rustElement());
                params.add(n + "_len: i64");
                checks.add("let " + n + " = ffi::slice(" + n + "_data, " + n + "_len)?;");
                args.add(n);
            } else if (k.buffer()) {
                params.add(n + "_data: *mut " + (k == ValueKind.BYTE_BUFFER ? "u8" : "f64"));
                params.add(n + "_len: i64");
                checks.add("let " + n + " = ffi::slice_mut(" + n + "_data, " + n + "_len)?;");
                args.add(n);
            } else {
                params.add(n + "_data: *const u16");
                params.add(n + "_units: i64");
                params.add(n + "_offsets: *const i32");
                params.add(n + "_count: i32");
                String texts = n + "_data, " + n + "_units, " + n + "_offsets, " + n + "_count";
                if (k == ValueKind.STRING_LIST) {
                    checks.add("let " + n + " = ffi::texts(" + texts + ")?;");
                } else if (k == ValueKind.INT_MAP || k == ValueKind.LONG_MAP) {
                    params.add(n + "_values: *const " + (k == ValueKind.INT_MAP ? "i32" : "i64"));
                    checks.add("let " + n + " = ffi::entries(" + texts + ", " + n + "_values)?;");
                } else {
                    params.add(n + "_values: *const i32");
                    params.add(n + "_ends: *const i32");
                    params.add(n + "_maps: i32");
                    checks.add("let " + n + " = ffi::map_list(" + texts + ", " + n + "_values, " + n + "_ends, " + n + "_maps)?;");
                }
                args.add("&" + n);
            }
        }
        ValueKind answer = plan.answer();
        String call = "kernel::" + plan.rustFunction() + "(" + String.join(", ", args) + ")";
        StringBuilder body = new StringBuilder();
        for (String check : checks) {
            body.append("        ").append(check).append('\n');
        }
        String signature;
        String entry;
        if (answer == ValueKind.VOID) {
            signature = ") -> i64";
            entry = "    ffi::status_entry(|| {\n" + body + "        " + call + ";\n        Ok(0)\n    })\n";
        } else if (answer.primitive()) {
            params.add("out: *mut " + abi(answer));
            signature = ") -> i64";
            String value = answer == ValueKind.BOOLEAN ? "answer as u8" : "answer";
            entry = "    ffi::status_entry(|| {\n" + body + "        let answer = " + call + ";\n        ffi::put(out, " + value
                + ")?;\n        Ok(0)\n    })\n";
        } else {
            params.add("out_len: *mut i64");
            signature = ") -> *mut u8";
            entry = "    ffi::buffer_entry(out_len, || {\n" + body + "        let answer = " + call + ";\n"
                + "        let mut out = ffi::Out::new();\n        out." + encoder(answer) + "(&answer);\n"
                + "        Ok(out.into_bytes())\n    })\n";
        }
        return """
            //! The C entry point of kernel `%1$s`, written by `oxidizer kernel new` for
            //! `%2$s` in `%3$s`.
            //! It checks what the JVM passes (ffi.rs), calls your body in kernel.rs and hands the answer back.
            //! Regenerate rather than edit; the body is yours, in kernel.rs.

            mod ffi;
            pub mod kernel;

            pub use ffi::{Entries, MapList, Texts};

            /// Called by the Java side (`%4$sNative`) once per call of the Java method, with all of its data.
            ///
            /// # Safety
            /// Pointers and lengths as the Java side passes them; each is checked before it is read.
            #[no_mangle]
            pub unsafe extern "C" fn %1$s(%5$s%6$s {
            %7$s}

            /// Frees an answer buffer handed back by `%1$s`.
            ///
            /// # Safety
            /// Only with a buffer and length `%1$s` handed back, once.
            #[no_mangle]
            pub unsafe extern "C" fn %1$s_free(buffer: *mut u8, len: i64) {
                ffi::free(buffer, len)
            }
            """.formatted(plan.id(), plan.display(), plan.className(), plan.baseName(), String.join(", ", params), signature, entry);
    }

    /** The body to fill in, with what each Java type arrives as, and a unit test to complete. */
    static String kernel(KernelPlan plan) {
        StringBuilder params = new StringBuilder();
        StringBuilder types = new StringBuilder();
        StringBuilder setup = new StringBuilder();
        List<String> testArgs = new ArrayList<>();
        for (Parameter p : plan.parameters()) {
            String rustType = p.kind().rustParameter(plan.answer());
            if (params.length() > 0) {
                params.append(", ");
            }
            params.append(p.rust()).append(": ").append(rustType);
            types.append("//!   ").append(p.kind().java).append(' ').append(p.name()).append(" -> ").append(rustType)
                .append(note(p.kind())).append('\n');
            testArgs.add(testValue(p, plan.answer(), setup));
        }
        String answerType = plan.answer() == ValueKind.VOID ? "" : " -> " + plan.answer().rustAnswer;
        if (plan.answer() != ValueKind.VOID) {
            types.append("//!   returns ").append(plan.answer().java).append(" <- ").append(plan.answer().rustAnswer)
                .append(note(plan.answer())).append('\n');
        } else {
            types.append("//!   returns void: write the answer into the arrays or buffers passed in\n");
        }
        String imports = imports(plan);
        String call = plan.rustFunction() + "(" + String.join(", ", testArgs) + ")";
        String test = plan.answer() == ValueKind.VOID
            ? "        " + call + ";\n        // Edit: assert what the Java method leaves in the arrays for these arguments.\n"
            : "        // Edit: what " + plan.className() + "." + plan.methodName() + " returns for these arguments.\n"
                + "        let expected: " + plan.answer().rustAnswer + " = " + defaultValue(plan.answer()) + ";\n"
                + "        assert_eq!(" + call + ", expected);\n";
        return """
            //! Kernel `%1$s`: the same answers as the Java method
            //!
            //!   %2$s   (in %3$s)
            //!
            //! for the same arguments, bit for bit (or within the tolerance its catalog entry declares).
            //! `oxidizer kernel test` replays real calls captured from a running JVM and shows the first difference.
            //!
            //! How Java's types arrive here (texts are Java's UTF-16 chars, lone surrogates included):
            %4$s%5$s
            /// `%2$s` in Java.
            pub fn %6$s(%7$s)%8$s {
                unimplemented!("kernel %1$s is not written yet: fill in kernel.rs")
            }

            #[cfg(test)]
            mod tests {
                use super::*;

                #[test]%11$s
                fn answers_like_java_on_a_small_input() {
            %9$s%10$s    }
            }
            """.formatted(plan.id(), plan.display(), plan.className(), types, imports, plan.rustFunction(), params, answerType,
            setup, test, plan.parameters().stream().anyMatch(p -> p.kind() == ValueKind.INT_MAP_LIST)
                ? "\n    #[ignore = \"a MapList comes only from the JVM: `oxidizer kernel test` replays real ones\"]" : "");
    }

    private static String imports(KernelPlan plan) {
        List<String> used = new ArrayList<>();
        for (String name : List.of("Entries", "MapList", "Texts")) {
            boolean uses = plan.parameters().stream().anyMatch(p -> p.kind().rustParameter.contains(name));
            if (uses) {
                used.add(name);
            }
        }
        return used.isEmpty() ? "" : "\n#[allow(unused_imports)]\nuse crate::ffi::{" + String.join(", ", used) + "};\n";
    }

    private static String note(ValueKind kind) {
        return switch (kind) {
            case BOOLEAN_ARRAY -> " (0 or 1 per element)";
            case STRING, CHAR_ARRAY -> " (UTF-16 units; String::from_utf16 for a Rust string)";
            case STRING_LIST -> " (texts.get(i) or texts.iter(), each UTF-16 units)";
            case INT_MAP, LONG_MAP -> " (entries.iter() gives (key units, value) in the map's order; a key twice: the later wins)";
            case INT_MAP_LIST -> " (maps.get(i) is one map's Entries)";
            case BYTE_BUFFER, DOUBLE_BUFFER -> " (position to limit, the buffer's own memory when direct)";
            default -> "";
        };
    }

    /** A small argument for the unit test; declarations it needs go into {@code setup}. */
    private static String testValue(Parameter p, ValueKind answer, StringBuilder setup) {
        String n = p.rust();
        ValueKind k = p.kind();
        String indent = "        ";
        switch (k) {
            case BOOLEAN:
                return "false";
            case FLOAT:
            case DOUBLE:
                return "0.0";
            case BYTE:
            case CHAR:
            case SHORT:
            case INT:
            case LONG:
                return "0";
            case STRING:
                setup.append(indent).append("let ").append(n).append(": Vec<u16> = \"a b\".encode_utf16().collect();\n");
                return "&" + n;
            case STRING_LIST:
                setup.append(indent).append("let ").append(n).append("_units: Vec<u16> = \"ab\".encode_utf16().collect();\n")
                    .append(indent).append("let ").append(n).append(" = Texts::new(&").append(n).append("_units, &[0, 1, 2]).unwrap();\n");
                return "&" + n;
            case INT_MAP:
            case LONG_MAP:
                setup.append(indent).append("let ").append(n).append("_units: Vec<u16> = \"ab\".encode_utf16().collect();\n")
                    .append(indent).append("let ").append(n).append(" = Entries { keys: Texts::new(&").append(n)
                    .append("_units, &[0, 1, 2]).unwrap(), values: &[1, 2] };\n");
                return "&" + n;
            case INT_MAP_LIST:
                setup.append(indent).append("// MapList comes only from the JVM; test the per-map logic on Entries instead.\n");
                return "unimplemented!(\"build a MapList\")";
            default:
                boolean writable = (answer == ValueKind.VOID && k.primitiveArray()) || k.buffer();
                String element = k == ValueKind.BOOLEAN_ARRAY || k == ValueKind.BYTE_BUFFER ? "u8"
                    : k == ValueKind.DOUBLE_BUFFER ? "f64" : k.rustElement();
                String value = element.startsWith("f") ? "1.0" : "1";
                setup.append(indent).append("let ").append(writable ? "mut " : "").append(n).append(": Vec<").append(element)
                    .append("> = vec![").append(value).append("; 3];\n");
                return (writable ? "&mut " : "&") + n;
        }
    }

    private static String defaultValue(ValueKind kind) {
        if (kind.primitive()) {
            return kind == ValueKind.BOOLEAN ? "false" : kind == ValueKind.FLOAT || kind == ValueKind.DOUBLE ? "0.0" : "0";
        }
        return "Vec::new()";
    }

    /** The C type a primitive crosses as: Java's boolean as a byte, char as u16. */
    private static String abi(ValueKind kind) {
        return kind == ValueKind.BOOLEAN ? "u8" : kind.rustParameter;
    }

    /** The {@code ffi::Out} method that writes an answer of this kind. */
    private static String encoder(ValueKind kind) {
        return switch (kind) {
            case BOOLEAN_ARRAY -> "bools";
            case STRING, CHAR_ARRAY -> "text";
            case STRING_LIST -> "texts";
            case INT_MAP, LONG_MAP -> "entries";
            case INT_MAP_LIST -> "maps";
            default -> "array";
        };
    }
}
