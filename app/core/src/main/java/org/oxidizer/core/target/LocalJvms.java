package org.oxidizer.core.target;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The JVMs this user can attach to, found the way {@code jcmd -l} finds them. */
public final class LocalJvms {

    private LocalJvms() {
    }

    public static List<LocalJvm> list() {
        long self = ProcessHandle.current().pid();
        List<LocalJvm> jvms = new ArrayList<>();
        for (VirtualMachineDescriptor d : VirtualMachine.list()) {
            long pid;
            try {
                pid = Long.parseLong(d.id());
            } catch (NumberFormatException e) {
                continue;
            }
            if (pid == self) {
                continue;
            }
            String display = d.displayName().trim();
            int space = display.indexOf(' ');
            jvms.add(space < 0 ? new LocalJvm(pid, display, "")
                : new LocalJvm(pid, display.substring(0, space), display.substring(space + 1)));
        }
        jvms.sort(Comparator.comparingLong(LocalJvm::pid));
        return jvms;
    }
}
