import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the launcher icon, a tiny flame graph whose top frame has rusted: the hot method, swapped for Rust.
 * Kept beside the PNG so the icon can be redrawn rather than edited: {@code java DrawIcon.java oxidizer-workbench.png}.
 */
public final class DrawIcon {

    private static final int SIZE = 256;

    public static void main(String[] args) throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

        g.setPaint(new GradientPaint(0, 0, new Color(0x3A3F58), 0, SIZE, new Color(0x1E2030)));
        g.fill(new RoundRectangle2D.Double(8, 8, SIZE - 16, SIZE - 16, 56, 56));

        // Frames from the root up: x, width (of a 200-wide stack), colour.
        int left = 28;
        int barHeight = 34;
        int gap = 6;
        int bottom = 212;
        int[][] rows = {
            {0, 200, 0xE8A33D},
            {0, 150, 0xEDB54A, 154, 46, 0xE89A3A},
            {12, 126, 0xF2C65A, 160, 30, 0xF0B347},
            {30, 90, 0xD9541E},
        };
        for (int r = 0; r < rows.length; r++) {
            int y = bottom - (r + 1) * barHeight - r * gap;
            for (int i = 0; i < rows[r].length; i += 3) {
                g.setColor(new Color(rows[r][i + 2]));
                g.fill(new RoundRectangle2D.Double(left + rows[r][i], y, rows[r][i + 1], barHeight, 8, 8));
            }
        }
        // The rusted frame gets an outline so it reads as "the one that matters" even at 32 px.
        int topY = bottom - rows.length * barHeight - (rows.length - 1) * gap;
        g.setColor(new Color(0xFFE0C8));
        g.setStroke(new BasicStroke(5f));
        g.draw(new RoundRectangle2D.Double(left + 30, topY, 90, barHeight, 8, 8));
        g.dispose();

        ImageIO.write(image, "png", new File(args.length > 0 ? args[0] : "oxidizer-workbench.png"));
    }
}
