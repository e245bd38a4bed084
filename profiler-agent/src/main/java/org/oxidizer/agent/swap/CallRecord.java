package org.oxidizer.agent.swap;

/** One captured call: the arguments as the Java method got them, its answer and how long it took. */
final class CallRecord {

    final Object[] args;
    /** The returned value, or for methods returning void, the arguments after the call. */
    final Object outcome;
    final long javaNanos;

    CallRecord(Object[] args, Object outcome, long javaNanos) {
        this.args = args;
        this.outcome = outcome;
        this.javaNanos = javaNanos;
    }
}
