package org.oxidizer.cli;

import picocli.CommandLine.Option;

/** The size of the synthetic profile the profile-loading and flame-graph benchmarks share (a picocli mixin). */
final class SyntheticProfileOptions {

    @Option(names = "--samples", description = "Samples in the synthetic profile (default: ${DEFAULT-VALUE}).")
    long samples = 1_000_000;

    @Option(names = "--frames", description = "Distinct frames in it (default: ${DEFAULT-VALUE}).")
    int frames = 50_000;
}
