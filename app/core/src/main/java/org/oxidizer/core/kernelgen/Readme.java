package org.oxidizer.core.kernelgen;

/** The README of a kernel project: what was written, what to edit, and the commands that build, test and swap it. */
final class Readme {

    private Readme() {
    }

    static String of(KernelPlan plan, String dir) {
        String javaDir = "java/" + plan.javaPackage().replace('.', '/') + "/";
        String key = plan.className() + "." + plan.methodName();
        return """
            # Kernel `%1$s` for `%2$s`

            Written by `oxidizer kernel new` for

                %3$s        (in %4$s)

            It builds as written; until you fill in the body, the kernel panics ("not written yet"), the verifier
            reports that, and nothing is swapped.

            ## What to edit

            | file | what |
            |---|---|
            | `native/src/kernel.rs` | **the body** of `%5$s`: the same answers as the Java method, and its unit test |
            | `%6$s%7$sKernel.java` | the summary, the semantics notes (where answers could differ from Java's), the thread use, the tolerance |

            Regenerate rather than edit the rest: `native/src/lib.rs` (the C entry point), `native/src/ffi.rs` (checked
            slices, caught panics, the answer buffer) and `%6$s%7$sNative.java` (the JNA direct binding and the
            marshalling: one native call per Java call, with all of its data).

            The crate has no dependencies. To add one, it must be in the machine's registry (`native/.cargo/config.toml`
            points cargo at Debian's `/usr/share/cargo/registry`; install `librust-<name>-dev`); the build never
            reaches the network.

            ## Build, test, swap

            ```sh
            (cd native && cargo test --offline)                                     # your unit test
            oxidizer kernel build %8$s                                              # -> %8$s/build/%1$s-kernel.jar
            oxidizer capture --pid PID --method %2$s --calls 50 --out calls.oxc     # real calls from a running JVM
            oxidizer kernel test %8$s --calls calls.oxc --cp YOUR_CLASSES           # same answers? how much faster?
            oxidizer kernel test %8$s --calls calls.oxc --junit src/test            # a replay test to keep
            oxidizer migrate --pid PID --kernels %8$s/build/%1$s-kernel.jar --swap       # verify, swap, measure in place
            ```

            `kernel test` replays every captured call through the kernel and compares its answer with the one the Java
            method gave (the catalog entry's tolerance decides), printing the first difference side by side. With the
            method's classes (`--cp`), it also measures the Java method against the kernel on those calls, alternating,
            warmed, and gives the ratio with its interval.

            ## Batching

            Each crossing costs about 80 ns plus one copy of the data. A method called once per element loses to Java
            whatever the body does; move the kernel up to the method that takes the whole batch.
            """.formatted(plan.id(), key, plan.display(), plan.className(), plan.rustFunction(), javaDir, plan.baseName(),
            dir);
    }
}
