package org.oxidizer.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oxidizer.core.target.LocalJvm;
import org.oxidizer.core.target.LocalJvms;
import picocli.CommandLine.Command;

/** Lists the local JVMs that can be attached to, like {@code jcmd -l}. */
@Command(name = "jvms", mixinStandardHelpOptions = true, description = "List the running JVMs of this user (pid, main class, arguments).")
final class JvmsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        List<LocalJvm> jvms = LocalJvms.list();
        if (jvms.isEmpty()) {
            System.out.println("no other JVM of this user is running");
            return 0;
        }
        for (LocalJvm jvm : jvms) {
            System.out.printf(Locale.ROOT, "%-8d %s %s%n", jvm.pid(), jvm.mainClass(), jvm.arguments());
        }
        return 0;
    }
}
