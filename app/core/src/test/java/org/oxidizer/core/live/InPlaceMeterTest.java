package org.oxidizer.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InPlaceMeterTest {

    private static RouteStatus status(String mode, long calls, int captured, int captureMax, boolean captureDone,
                                      long heldNanos, boolean holding, long holds) {
        RouteStatus.CallTimes java = new RouteStatus.CallTimes(calls, calls * 1_000_000, new long[0], calls * 1_000_000);
        return new RouteStatus("m", mode, null, true, calls, 0, 0, 0, captured, captureMax, captureDone, 0, 0, 0, 0, List.of(),
            null, java, RouteStatus.CallTimes.none(), 1, 0, null, heldNanos, holding, holds);
    }

    /** A session whose method reports these statuses, one per reading. */
    private static LiveSession session(Deque<RouteStatus> statuses) {
        return (LiveSession) Proxy.newProxyInstance(LiveSession.class.getClassLoader(), new Class<?>[] {LiveSession.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "status" -> Optional.of(statuses.size() > 1 ? statuses.poll() : statuses.peek());
                case "pid" -> ProcessHandle.current().pid();
                default -> throw new UnsupportedOperationException(method.getName());
            });
    }

    private static List<String> modes(RouteStatus... statuses) throws Exception {
        InPlaceMeter meter = new InPlaceMeter(session(new ArrayDeque<>(List.of(statuses))), "m");
        for (int i = 0; i < statuses.length; i++) {
            Thread.sleep(2);
            meter.read();
        }
        return meter.points().stream().map(InPlaceMeter.Point::mode).toList();
    }

    @Test
    void aHoldThatBeganAndEndedBetweenTwoReadingsMarksThatWindowHeld() throws Exception {
        // The A/B hold ran wholly between two readings and no call has followed it yet: only the count of holds moved.
        // The window in which the held call ends (its time joins heldNanos) is held too.
        assertEquals(List.of("observe", "held", "held", "observe"), modes(
            status("observe", 10, 0, 0, false, 0, false, 0),
            status("observe", 20, 0, 0, false, 0, false, 0),
            status("observe", 21, 0, 0, false, 0, false, 1),
            status("observe", 31, 0, 0, false, 5_000_000_000L, false, 1),
            status("observe", 41, 0, 0, false, 5_000_000_000L, false, 1)));
    }

    @Test
    void readingsInsideALongHoldAndWhileCapturingAreNotTheMethodAsItRuns() throws Exception {
        assertEquals(List.of("capture", "capture", "observe", "held", "held", "held", "observe"), modes(
            status("observe", 10, 0, 0, false, 0, false, 0),
            status("observe", 11, 1, 3, false, 0, false, 0),
            status("observe", 13, 3, 3, true, 0, false, 0),
            status("observe", 20, 3, 3, true, 0, false, 0),
            status("observe", 20, 3, 3, true, 0, true, 1),
            status("observe", 20, 3, 3, true, 0, true, 1),
            status("observe", 21, 3, 3, true, 5_000_000_000L, false, 1),
            status("observe", 30, 3, 3, true, 5_000_000_000L, false, 1)));
        assertEquals(Double.NaN, InPlaceMeter.measuredWholeRun(List.of()));
    }
}
