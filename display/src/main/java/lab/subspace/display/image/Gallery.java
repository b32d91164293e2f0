package lab.subspace.display.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import lab.subspace.display.Html;
import lab.subspace.kernel.spi.MimeBundle;

/**
 * Images side by side with captions, e.g. blurred / restored / truth, or source / target /
 * transferred colours. Immutable: every method returns a new gallery.
 *
 * <pre>{@code
 * Gallery g = Gallery.of("blurred", Images.grey(blurred))
 *         .and("restored", Images.grey(restored))
 *         .and("truth", Images.grey(truth))
 *         .scale(3);
 * g;                 // in a notebook: HTML with one <img> per image and its caption
 * g.toImage();       // one PNG-ready image with the captions drawn under each picture
 * }</pre>
 */
public final class Gallery {

    private static final int GAP = 12;

    private final List<String> captions;
    private final List<BufferedImage> images;
    private final int scale;

    private Gallery(List<String> captions, List<BufferedImage> images, int scale) {
        this.captions = captions;
        this.images = images;
        this.scale = scale;
    }

    public static Gallery of(String caption, BufferedImage image) {
        return new Gallery(List.of(), List.of(), 1).and(caption, image);
    }

    /** This gallery with one more image at the end. */
    public Gallery and(String caption, BufferedImage image) {
        if (image == null) {
            throw new IllegalArgumentException("The image captioned '" + caption + "' is null");
        }
        List<String> c = new ArrayList<>(captions);
        List<BufferedImage> i = new ArrayList<>(images);
        c.add(caption == null ? "" : caption);
        i.add(image);
        return new Gallery(Collections.unmodifiableList(c), Collections.unmodifiableList(i), scale);
    }

    /** Shows every image {@code factor} times larger, with sharp pixels (small images such as 28 × 28 digits). */
    public Gallery scale(int factor) {
        if (factor < 1 || factor > 64) {
            throw new IllegalArgumentException("Scale factor must be in 1..64 but was " + factor);
        }
        return new Gallery(captions, images, factor);
    }

    public List<String> captions() {
        return captions;
    }

    public List<BufferedImage> images() {
        return images;
    }

    /** text/html (one {@code <figure>} per image, PNG data URIs) and a text/plain summary. */
    public MimeBundle bundle() {
        StringBuilder html = new StringBuilder("<div class=\"subspace-gallery\" style=\"display:flex;flex-wrap:wrap;gap:")
                .append(GAP).append("px;align-items:flex-start\">\n");
        for (int k = 0; k < images.size(); k++) {
            BufferedImage img = images.get(k);
            String caption = Html.escape(captions.get(k));
            html.append("<figure style=\"margin:0;text-align:center\"><img src=\"").append(Images.dataUri(img))
                    .append("\" width=\"").append(img.getWidth() * scale).append("\" height=\"").append(img.getHeight() * scale)
                    .append("\" alt=\"").append(caption).append("\" style=\"image-rendering:pixelated\">")
                    .append("<figcaption>").append(caption).append("</figcaption></figure>\n");
        }
        html.append("</div>");
        return new MimeBundle().put(MimeBundle.HTML, html.toString()).put(MimeBundle.TEXT, toString());
    }

    /** All images in one row on white, each scaled and captioned underneath. */
    public BufferedImage toImage() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
        int captionHeight = metrics.getHeight() + 4;
        int[] widths = new int[images.size()];
        int height = 0;
        for (int k = 0; k < widths.length; k++) {
            widths[k] = Math.max(images.get(k).getWidth() * scale, metrics.stringWidth(captions.get(k)));
            height = Math.max(height, images.get(k).getHeight() * scale);
        }
        int width = IntStream.of(widths).sum() + GAP * (widths.length + 1);
        BufferedImage out = Images.allocate(width, height + captionHeight + 2 * GAP);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            g.setColor(Color.BLACK);
            int x = GAP;
            for (int k = 0; k < widths.length; k++) {
                BufferedImage img = images.get(k);
                int w = img.getWidth() * scale;
                g.drawImage(img, x + (widths[k] - w) / 2, GAP, w, img.getHeight() * scale, null);
                String caption = captions.get(k);
                g.drawString(caption, x + (widths[k] - metrics.stringWidth(caption)) / 2, GAP + height + metrics.getAscent() + 4);
                x += widths[k] + GAP;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** E.g. {@code Gallery of 2 images: blurred (64 × 64), restored (64 × 64)}. */
    @Override
    public String toString() {
        return "Gallery of " + images.size() + (images.size() == 1 ? " image: " : " images: ") + IntStream.range(0, images.size())
                .mapToObj(k -> String.format(Locale.ROOT, "%s (%d × %d)", captions.get(k), images.get(k).getWidth(), images.get(k).getHeight()))
                .collect(Collectors.joining(", "));
    }
}
