package org.oxidizer.core.compare;

import java.util.List;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.TargetSpec;

/**
 * A workload to migrate: how to run it and which methods to swap for which kernels.
 *
 * @param description one line a person reads before running it
 */
public record Workload(String name, String description, TargetSpec target, List<MethodSwap> swaps) {

    public Workload {
        swaps = List.copyOf(swaps);
    }
}
