import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the application icon at every size the three platforms ask for and writes the per-OS files
 * under installers/src/main/package: Linux PNGs (hicolor sizes), a Windows .ico and a macOS .icns.
 * The outputs are committed; run this only to change the icon:
 *   java -Djava.awt.headless=true installers/src/icons/MakeIcons.java installers/src/main/package
 * Each size is drawn, not scaled, so small icons stay sharp (fewer details below 32 px).
 */
public final class MakeIcons {
    private static final Color TOP = new Color(0x2B, 0x9A, 0xF3);
    private static final Color BOTTOM = new Color(0x00, 0x5A, 0x9E);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "installers/src/main/package");
        Path linux = Files.createDirectories(out.resolve("linux"));
        Path hicolor = Files.createDirectories(linux.resolve("icons"));
        for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512)) {
            ImageIO.write(draw(size), "png", hicolor.resolve("acr-console-" + size + ".png").toFile());
        }
        Files.write(Files.createDirectories(out.resolve("windows")).resolve("acr-console.ico"),
                ico(List.of(16, 20, 24, 32, 40, 48, 64, 256)));
        Files.write(Files.createDirectories(out.resolve("macos")).resolve("acr-console.icns"), icns());
    }

    /** A blue rounded square holding a stack of three containers: a registry of images. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double margin = size >= 64 ? s * 0.06 : 0;
        double side = s - 2 * margin;
        g.setPaint(new GradientPaint(0, (float) margin, TOP, 0, (float) (margin + side), BOTTOM));
        g.fill(new RoundRectangle2D.Double(margin, margin, side, side, side * 0.44, side * 0.44));

        int boxes = size < 32 ? 2 : 3;
        double boxW = side * 0.62;
        double boxH = side * (boxes == 2 ? 0.26 : 0.19);
        double gap = side * (boxes == 2 ? 0.09 : 0.065);
        double total = boxes * boxH + (boxes - 1) * gap;
        double x = margin + (side - boxW) / 2;
        double y0 = margin + (side - total) / 2;
        for (int i = 0; i < boxes; i++) {
            double y = y0 + i * (boxH + gap);
            g.setColor(i == 0 ? new Color(0xFF, 0xFF, 0xFF) : new Color(0xE3, 0xF1, 0xFD));
            g.fill(new RoundRectangle2D.Double(x, y, boxW, boxH, boxH * 0.35, boxH * 0.35));
            if (size >= 48) { // the ribs of a shipping container
                g.setColor(new Color(0x00, 0x5A, 0x9E, 150));
                g.setStroke(new BasicStroke((float) Math.max(1, s / 96), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                int ribs = 5;
                for (int r = 1; r <= ribs; r++) {
                    double rx = x + boxW * r / (ribs + 1);
                    g.draw(new java.awt.geom.Line2D.Double(rx, y + boxH * 0.25, rx, y + boxH * 0.75));
                }
            }
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /**
     * ICO with 32-bit BMP entries up to 64 px (what every Windows tool reads) and a PNG entry at
     * 256 px (Windows Vista and later; BMP at that size would be 256 KB).
     */
    static byte[] ico(List<Integer> sizes) throws IOException {
        Map<Integer, byte[]> images = new LinkedHashMap<>();
        for (int size : sizes) {
            images.put(size, size >= 256 ? png(draw(size)) : dib(draw(size)));
        }
        int offset = 6 + 16 * images.size();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<Integer, byte[]> e : images.entrySet()) {
            int size = e.getKey();
            byte[] data = e.getValue();
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size))
                    .put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32)
                    .putInt(data.length).putInt(offset + body.size());
            body.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        out.write(body.toByteArray());
        return out.toByteArray();
    }

    /** A BITMAPINFOHEADER, bottom-up BGRA rows and the 1-bit AND mask, as an ICO entry wants. */
    static byte[] dib(BufferedImage img) {
        int n = img.getWidth();
        int maskRow = ((n + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + n * n * 4 + maskRow * n).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(n).putInt(2 * n).putShort((short) 1).putShort((short) 32)
                .putInt(0).putInt(n * n * 4 + maskRow * n).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = n - 1; y >= 0; y--) {
            for (int x = 0; x < n; x++) {
                int argb = img.getRGB(x, y);
                b.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        for (int y = n - 1; y >= 0; y--) {
            byte[] row = new byte[maskRow];
            for (int x = 0; x < n; x++) {
                if ((img.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            b.put(row);
        }
        return b.array();
    }

    /** ICNS with PNG entries, the set Apple's iconutil writes for an .iconset. */
    static byte[] icns() throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic11", 32);   // 16@2x
        types.put("ic12", 64);   // 32@2x
        types.put("ic07", 128);
        types.put("ic13", 256);  // 128@2x
        types.put("ic08", 256);
        types.put("ic14", 512);  // 256@2x
        types.put("ic09", 512);
        types.put("ic10", 1024); // 512@2x
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png(draw(e.getValue()));
            body.write(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + data.length).array());
            body.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
        out.write(body.toByteArray());
        return out.toByteArray();
    }
}
