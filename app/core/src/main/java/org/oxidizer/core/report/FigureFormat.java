package org.oxidizer.core.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.DoubleFunction;

/** Lets chart labels and ticks read like the tables ("36.8 s", "771.8 MiB") rather than bare numbers. */
final class FigureFormat extends NumberFormat {

    private final transient DoubleFunction<String> format;

    FigureFormat(DoubleFunction<String> format) {
        this.format = format;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(format.apply(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(format.apply(number));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("chart figures are only written");
    }
}
