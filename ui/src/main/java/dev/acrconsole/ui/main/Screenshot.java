package dev.acrconsole.ui.main;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** PNG of a scene. Capture on the FX thread ({@link #capture}); write on a background one. */
public final class Screenshot {
    private final int width;
    private final int height;
    private final int[] argb;

    private Screenshot(int width, int height, int[] argb) {
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    public static Screenshot capture(Scene scene) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return new Screenshot(w, h, pixels);
    }

    public void writePng(Path file) throws IOException {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Given a File, ImageIO prints a stack trace of its own when it cannot open it; given a stream it only throws.
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (!ImageIO.write(out, "png", stream)) {
                throw new IOException("no PNG writer available");
            }
        }
    }

    /**
     * Why a screenshot cannot be written to {@code file}, in words, or null when nothing is seen in the way: asked
     * before the window opens, so a wrong path costs no start-up (the write itself may still fail, and says why).
     */
    public static String problemWith(Path file) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            return target + " is a folder: give --screenshot a file name, e.g. " + target.resolve("window.png");
        }
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return existing + " is a file, so no folder can be made there for " + target;
        }
        if (existing != null && !Files.isWritable(existing)) {
            return "the folder " + existing + " is not writable";
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            return target + " exists and is not writable";
        }
        return null;
    }

    /** An I/O failure as a reason a person can act on (the JDK's messages are often just the path). */
    public static String describe(IOException e) {
        return switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "a folder on the path does not exist";
            case NotDirectoryException n -> "a part of the path is a file, not a folder";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            case FileSystemException f -> "the file system refused it";
            default -> e.getMessage() == null ? "an I/O error" : e.getMessage();
        };
    }
}
