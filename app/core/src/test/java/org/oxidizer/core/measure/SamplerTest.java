package org.oxidizer.core.measure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SamplerTest {

    @Test
    void samplesAChildProcessFromProc() throws Exception {
        Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done").start();
        List<ProcSample> seen = new CopyOnWriteArrayList<>();
        List<ProcSample> samples;
        try (Sampler sampler = new Sampler(child.pid(), System.nanoTime(), 20, seen::add)) {
            child.waitFor();
            samples = sampler.samples();
        }
        assertTrue(samples.size() >= 2, "sampled " + samples.size() + " times");
        assertTrue(samples.equals(seen) || seen.size() >= samples.size(), "listener saw every sample");
        ProcSample last = samples.get(samples.size() - 1);
        assertTrue(last.rssBytes() > 0 && last.peakRssBytes() >= last.rssBytes(), last.toString());
        assertTrue(last.threads() >= 1, last.toString());
        assertTrue(last.cpuNanos() > 0, "a busy shell loop used CPU: " + last);
    }

    @Test
    void aProcessThatIsGoneYieldsNoSample() {
        assertTrue(new ProcReader(Integer.MAX_VALUE).read().isEmpty());
    }
}
