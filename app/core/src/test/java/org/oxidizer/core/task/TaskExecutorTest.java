package org.oxidizer.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {

    @Test
    void currentThreadExecutorRunsEverythingBeforeReturning() {
        List<String> seen = new ArrayList<>();
        TaskHandle handle = new CurrentThreadTaskExecutor().execute(BackgroundTask.of("sum", p -> {
            p.report("half", 0.5);
            return 42;
        }).onProgress((step, f) -> seen.add(step + " " + f)).onSuccess(v -> seen.add("result " + v)));
        assertEquals(List.of("half 0.5", "result 42"), seen);
        assertTrue(handle.isDone());
    }

    @Test
    void failuresReachTheFailureCallback() {
        List<String> seen = new ArrayList<>();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.of("boom", p -> {
            throw new IllegalStateException("no target");
        }).onSuccess(v -> seen.add("success")).onFailure(e -> seen.add(e.getMessage())));
        assertEquals(List.of("no target"), seen);
    }

    @Test
    void cancellingInterruptsTheWorkAndReportsCancelledOnce() throws Exception {
        LinkedBlockingQueue<Runnable> callbackThread = new LinkedBlockingQueue<>();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(callbackThread::add);
        CountDownLatch started = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        TaskHandle handle = executor.execute(BackgroundTask.of("sleep", p -> {
            started.countDown();
            Thread.sleep(60_000);
            return "woke";
        }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled")).onFailure(e -> seen.add("failed")));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        handle.cancel();
        callbackThread.take().run();
        Thread.sleep(100);
        callbackThread.forEach(Runnable::run);
        assertEquals(List.of("cancelled"), seen);
        assertTrue(handle.isDone());
        executor.shutdown();
    }

    @Test
    void progressIsCoalescedWhileTheReceiverIsBusy() throws Exception {
        LinkedBlockingQueue<Runnable> callbackThread = new LinkedBlockingQueue<>();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(callbackThread::add);
        CountDownLatch reported = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        executor.execute(BackgroundTask.of("count", p -> {
            for (int i = 1; i <= 1000; i++) {
                p.report("step " + i, i / 1000.0);
            }
            reported.countDown();
            return 1;
        }).onProgress((step, f) -> seen.add(step)).onSuccess(v -> seen.add("done")));
        assertTrue(reported.await(10, TimeUnit.SECONDS));     // the receiver was busy all along
        while (!seen.contains("done")) {
            callbackThread.take().run();
        }
        assertTrue(seen.size() <= 2, "1000 reports while busy arrive as at most one: " + seen);
        assertEquals("done", seen.get(seen.size() - 1));
        executor.shutdown();
    }
}
