package org.oxidizer.agent.swap;

import static net.bytebuddy.matcher.ElementMatchers.hasDescriptor;
import static net.bytebuddy.matcher.ElementMatchers.named;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;
import org.oxidizer.agent.AgentLog;
import org.oxidizer.agent.SwapSpec;
import org.oxidizer.agent.bridge.KernelBridge;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.Kernel;

/**
 * Swaps Java methods for kernels: routes the method's key to the kernel through the bridge, then weaves
 * the advice into the class, now (retransformation) or when it loads. Swapping twice is harmless.
 */
public final class MethodSwapper {

    private final Instrumentation instrumentation;
    private final Map<String, SwapState> swaps = new ConcurrentHashMap<>();
    private final KernelCatalog catalog = KernelCatalog.bundled();

    public MethodSwapper(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    public synchronized void swap(SwapSpec spec) {
        Kernel kernel = catalog.require(spec.kernelId());
        // Without an explicit descriptor the kernel's first shape is the one meant.
        BoundKernel binding = kernel.bind(kernel.shapes().get(0).descriptor(), java.util.Map.of());
        String key = spec.methodKey(binding.descriptor());
        if (swaps.containsKey(key)) {
            return;
        }
        binding.warmUp();
        SwapState state = new SwapState(spec, new KernelRoute(binding));
        KernelBridge.route(key, state.route);
        swaps.put(key, state);
        new AgentBuilder.Default()
            .disableClassFormatChanges()
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
            .with(new WovenListener(state))
            .type(named(spec.className()))
            .transform((builder, type, loader, module, domain) -> builder.visit(
                Advice.to(SwapAdvice.class).on(named(spec.methodName()).and(hasDescriptor(binding.descriptor())))))
            .installOn(instrumentation);
        AgentLog.info("swap requested: " + spec);
    }

    /** One line per swap for the status file: method, kernel, woven, calls served, fallbacks. */
    public List<String[]> describe() {
        List<String[]> rows = new ArrayList<>();
        for (SwapState s : swaps.values()) {
            rows.add(new String[] {s.spec.className() + "#" + s.spec.methodName(), s.spec.kernelId(),
                String.valueOf(s.woven), String.valueOf(s.route.calls()), String.valueOf(s.route.fallbacks())});
        }
        return rows;
    }

    private static final class SwapState {
        final SwapSpec spec;
        final KernelRoute route;
        volatile boolean woven;

        SwapState(SwapSpec spec, KernelRoute route) {
            this.spec = spec;
            this.route = route;
        }
    }

    private static final class WovenListener extends AgentBuilder.Listener.Adapter {
        private final SwapState state;

        WovenListener(SwapState state) {
            this.state = state;
        }

        @Override
        public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module,
                                     boolean loaded, DynamicType dynamicType) {
            state.woven = true;
            AgentLog.info("swapped " + state.spec + (loaded ? " (live)" : " (at class load)"));
        }

        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable t) {
            AgentLog.error("could not weave " + typeName, t);
        }
    }
}
