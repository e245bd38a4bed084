package org.oxidizer.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.management.InstanceAlreadyExistsException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.oxidizer.agent.api.AgentNames;
import org.oxidizer.agent.api.SwapControlMXBean;
import org.oxidizer.agent.swap.MethodSwapper;

/** The swap MXBean: thin over {@link MethodSwapper}; failures reach the workbench as exceptions with one sentence. */
final class SwapControl implements SwapControlMXBean {

    private final MethodSwapper swapper;
    private final Instrumentation instrumentation;

    private SwapControl(MethodSwapper swapper, Instrumentation instrumentation) {
        this.swapper = swapper;
        this.instrumentation = instrumentation;
    }

    static void register(MethodSwapper swapper, Instrumentation instrumentation) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = AgentNames.objectName(AgentNames.SWAP);
        if (!server.isRegistered(name)) {
            try {
                server.registerMBean(new SwapControl(swapper, instrumentation), name);
            } catch (InstanceAlreadyExistsException e) {
                // another load won the race
            }
        }
    }

    @Override
    public String observe(String methodKey, int calls, long maxBytes) {
        return swapper.observe(methodKey, calls, maxBytes);
    }

    @Override
    public String saveCalls(String methodKey, String signature, String path) {
        return swapper.saveCalls(methodKey, signature, path);
    }

    @Override
    public String verify(String methodKey, String kernelId, String parameters, long measureMillis) {
        return swapper.verify(methodKey, kernelId, parameters(parameters), measureMillis);
    }

    @Override
    public String swap(String methodKey, String kernelId, String parameters, boolean force) {
        return swapper.swap(methodKey, kernelId, parameters(parameters), force);
    }

    @Override
    public String canary(String methodKey, String kernelId, String parameters, int percent, boolean force) {
        return swapper.canary(methodKey, kernelId, parameters(parameters), percent, force);
    }

    @Override
    public String shadow(String methodKey, String kernelId, String parameters, long calls) {
        return swapper.shadow(methodKey, kernelId, parameters(parameters), calls);
    }

    @Override
    public boolean revert(String methodKey) {
        return swapper.revert(methodKey);
    }

    @Override
    public String status(String methodKey) {
        return swapper.status(methodKey);
    }

    @Override
    public String[] getMethods() {
        return swapper.methods().toArray(new String[0]);
    }

    @Override
    public byte[] classFile(String className) {
        String resource = className.replace('.', '/') + ".class";
        for (Class<?> c : instrumentation.getAllLoadedClasses()) {
            if (c.getName().equals(className)) {
                ClassLoader loader = c.getClassLoader();
                return read(loader == null ? ClassLoader.getSystemClassLoader().getResourceAsStream(resource)
                    : loader.getResourceAsStream(resource), className);
            }
        }
        return read(ClassLoader.getSystemClassLoader().getResourceAsStream(resource), className);
    }

    @Override
    public String[] addKernels(String kernelPath) {
        return swapper.addKernels(kernelPath).toArray(new String[0]);
    }

    @Override
    public String[] getKernels() {
        return swapper.kernels().toArray(new String[0]);
    }

    private static byte[] read(InputStream in, String className) {
        if (in == null) {
            throw new IllegalArgumentException("the target has no class file for " + className);
        }
        try (InputStream stream = in) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + className, e);
        }
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return map;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : p.stringPropertyNames()) {
            map.put(name, p.getProperty(name));
        }
        return map;
    }
}
