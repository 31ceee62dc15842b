import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Used by installers/smoke-test.sh: exits 0 only if the file is a PNG of at least the given size
 * that shows a rendered window, not a blank or single-colour frame (an empty scene renders as
 * one flat colour; the console's tree, text and status bar give hundreds of colours).
 *   java CheckPng.java FILE MIN_WIDTH MIN_HEIGHT [MIN_COLOURS, default 64]
 */
public final class CheckPng {
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        int minWidth = Integer.parseInt(args[1]);
        int minHeight = Integer.parseInt(args[2]);
        int minColours = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        BufferedImage img = ImageIO.read(file);
        if (img == null) {
            fail(file + " is not an image ImageIO can read");
        }
        if (img.getWidth() < minWidth || img.getHeight() < minHeight) {
            fail(file + " is " + img.getWidth() + "x" + img.getHeight() + ", smaller than " + minWidth + "x" + minHeight);
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        if (colours.size() < minColours) {
            fail(file + " has only " + colours.size() + " colours: nothing was rendered");
        }
        System.out.println(file + ": " + img.getWidth() + "x" + img.getHeight() + ", " + colours.size() + " colours");
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
