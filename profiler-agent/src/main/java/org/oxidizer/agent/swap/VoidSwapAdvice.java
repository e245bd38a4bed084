package org.oxidizer.agent.swap;

import net.bytebuddy.asm.Advice;
import org.oxidizer.agent.bridge.KernelBridge;

/** {@link SwapAdvice} for methods that return nothing and answer by filling their arguments. */
final class VoidSwapAdvice {

    private VoidSwapAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = KernelBridge.Served.class)
    static Object enter(@Advice.Origin("#t.#m#d") String methodKey, @Advice.Origin Class<?> owner,
                        @Advice.This(optional = true) Object self, @Advice.AllArguments Object[] args) {
        return KernelBridge.enter(methodKey, owner, self, args);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    static void exit(@Advice.Enter Object entered, @Advice.Thrown Throwable thrown) {
        if (entered != null && !(entered instanceof KernelBridge.Served)) {
            KernelBridge.exit(entered, null, thrown);
        }
    }
}
