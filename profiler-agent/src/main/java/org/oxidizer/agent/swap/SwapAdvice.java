package org.oxidizer.agent.swap;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.oxidizer.agent.bridge.KernelBridge;

/**
 * Inlined at the top and bottom of a routed method that returns a value. When the bridge serves the
 * call, the original body is skipped and the kernel's result returned; callers see the same method,
 * signature and result. A ticket instead lets the bridge see the Java body's answer (capture, shadow).
 */
final class SwapAdvice {

    private SwapAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = KernelBridge.Served.class)
    static Object enter(@Advice.Origin("#t.#m#d") String methodKey, @Advice.Origin Class<?> owner,
                        @Advice.This(optional = true) Object self, @Advice.AllArguments Object[] args) {
        return KernelBridge.enter(methodKey, owner, self, args);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    static void exit(@Advice.Enter Object entered,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object result,
                     @Advice.Thrown Throwable thrown) {
        if (entered instanceof KernelBridge.Served) {
            result = ((KernelBridge.Served) entered).value();
        } else if (entered != null) {
            KernelBridge.exit(entered, result, thrown);
        }
    }
}
