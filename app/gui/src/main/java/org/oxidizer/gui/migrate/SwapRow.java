package org.oxidizer.gui.migrate;

/**
 * One planned swap with what the workbench knows about it.
 *
 * @param profileShare the method's total share in the current profile, in percent; NaN without a profile
 */
public record SwapRow(String method, String kernel, String kernelSummary, double profileShare, String threads,
                      String tolerance) {
}
