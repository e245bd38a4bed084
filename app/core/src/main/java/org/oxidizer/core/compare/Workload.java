package org.oxidizer.core.compare;

import java.util.List;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.TargetSpec;

/**
 * A workload to migrate: how to run it and which methods to swap for which kernels.
 *
 * @param description one line a person reads before running it
 * @param prepare     run once before any measured run, untimed (the headline makes its corpus on disk); null for none.
 *                    Its last line {@code oxidizer.error=...} says why it failed; its other lines are said to the user.
 * @param bestJava    the same job with a good pure-Java rewrite of its hot chain, measured as a third side; null for none
 */
public record Workload(String name, String description, TargetSpec target, List<MethodSwap> swaps, TargetSpec prepare,
                       TargetSpec bestJava) {

    public Workload {
        swaps = List.copyOf(swaps);
    }

    public Workload(String name, String description, TargetSpec target, List<MethodSwap> swaps) {
        this(name, description, target, swaps, null, null);
    }
}
