package lab.subspace.kernel.install;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Draws the kernel's logo (a "J" with a projection line) at the sizes Jupyter asks for. */
final class Logo {

    private Logo() {
    }

    static void write(Path file, int size) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x1f, 0x3a, 0x5f));
        g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
        g.setColor(new Color(0xf2, 0x8c, 0x28));
        g.setStroke(new BasicStroke(Math.max(1.5f, size / 16f)));
        g.drawLine(size / 6, size * 5 / 6, size * 5 / 6, size / 6);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size * 5 / 8));
        var metrics = g.getFontMetrics();
        String text = "J";
        g.drawString(text, (size - metrics.stringWidth(text)) / 2, (size + metrics.getAscent() - metrics.getDescent()) / 2);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }
}
