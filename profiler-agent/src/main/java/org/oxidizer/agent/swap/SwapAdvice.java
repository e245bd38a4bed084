package org.oxidizer.agent.swap;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.oxidizer.agent.bridge.KernelBridge;

/**
 * Inlined at the top and bottom of a swapped method. When the bridge answers, the original body is
 * skipped and the kernel's result returned; callers see the same method, signature and result.
 */
final class SwapAdvice {

    private SwapAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
    static Object enter(@Advice.Origin("#t.#m#d") String methodKey, @Advice.AllArguments Object[] args) {
        return KernelBridge.call(methodKey, args);
    }

    @Advice.OnMethodExit
    static void exit(@Advice.Enter Object served,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object result) {
        if (served != null) {
            result = served;
        }
    }
}
