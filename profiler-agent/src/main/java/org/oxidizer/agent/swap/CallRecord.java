package org.oxidizer.agent.swap;

/** One captured call: the arguments as the Java method got them, its answer and how long it took. */
final class CallRecord {

    /** The receiver of an instance method (shared, not copied), or null. */
    final Object self;
    final Object[] args;
    /** The returned value, or for methods returning void, the arguments after the call. */
    final Object outcome;
    final long javaNanos;

    CallRecord(Object self, Object[] args, Object outcome, long javaNanos) {
        this.self = self;
        this.args = args;
        this.outcome = outcome;
        this.javaNanos = javaNanos;
    }
}
