package org.oxidizer.agent.swap;

import java.util.List;
import org.oxidizer.kernels.text.ExtractAndAggregateKernel;

/** The kernels this agent can route to, by id. */
final class KernelBindings {

    private KernelBindings() {
    }

    static KernelBinding find(String id) {
        if (ExtractAndAggregateKernel.KERNEL_ID.equals(id)) {
            return new ExtractAndAggregate();
        }
        throw new IllegalArgumentException("no kernel with id '" + id + "'");
    }

    private static final class ExtractAndAggregate implements KernelBinding {
        @Override
        public String id() {
            return ExtractAndAggregateKernel.KERNEL_ID;
        }

        @Override
        public String descriptor() {
            return "(Ljava/util/List;)Ljava/util/List;";
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object invoke(Object[] args) {
            return ExtractAndAggregateKernel.extractAndAggregate((List<String>) args[0]);
        }

        @Override
        public void warmUp() {
            ExtractAndAggregateKernel.extractAndAggregate(List.of("warm 1", "up 2"));
        }
    }
}
