package dev.acrconsole.ui.shell;

import dev.acrconsole.cache.SecretFilter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log file, {@code logs/acr-console.log} in the data dir: a packaged app started from a menu has no stderr, so this
 * is what a bug report can carry. SLF4J (azure-core's logging) is bound to java.util.logging (slf4j-jdk14), whose
 * root logger writes here, rolling over 5 files of 2 MB ({@code acr-console.log}, {@code .1} ... {@code .4}). Every line is passed through
 * {@link SecretFilter#redactText} first: the same secrets the cache refuses never reach the file.
 */
public final class LogFile {
    public static final String FOLDER = "logs";
    public static final String NAME = "acr-console.log";
    static final int LIMIT_BYTES = 2 * 1024 * 1024;
    static final int FILES = 5;

    private static Handler installed;

    private LogFile() {}

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    public static Path file(Path dataDir) {
        return folder(dataDir).resolve(NAME);
    }

    /**
     * Sends the root logger to the data dir's log file at {@code level} (error, warn, info, debug, trace), replacing
     * the console handler (stderr keeps the app's own one-line messages). Returns a problem to say, or null.
     */
    public static synchronized String install(Path dataDir, String level) {
        Level jul = julLevel(level);
        Logger root = Logger.getLogger("");
        Path existing = dataDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            root.setLevel(jul);
            return null; // the data dir (or a folder above it) is a file: its own check says so, once
        }
        try {
            Files.createDirectories(folder(dataDir));
            Handler handler = new RollingHandler(file(dataDir), LIMIT_BYTES, FILES);
            handler.setFormatter(new RedactingFormatter());
            handler.setLevel(jul);
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
                h.close();
            }
            root.addHandler(handler);
            root.setLevel(jul);
            installed = handler;
            return null;
        } catch (IOException | RuntimeException e) {
            root.setLevel(jul);
            return "cannot write the log file in " + folder(dataDir) + ": " + e.getMessage();
        }
    }

    /** Flushes and closes the file (at exit; the JVM's shutdown would too, later). */
    public static synchronized void close() {
        if (installed != null) {
            Logger.getLogger("").removeHandler(installed);
            installed.close();
            installed = null;
        }
    }

    static Level julLevel(String level) {
        return switch (level == null ? "warn" : level.toLowerCase(Locale.ROOT)) {
            case "error" -> Level.SEVERE;
            case "info" -> Level.INFO;
            case "debug" -> Level.FINE;
            case "trace" -> Level.FINEST;
            default -> Level.WARNING;
        };
    }

    /**
     * Appends to {@code acr-console.log}; past {@code limit} bytes it becomes {@code acr-console.log.1} (the older ones
     * move up, the oldest of {@code files} goes). java.util.logging's FileHandler would name the current file
     * {@code .0} and leave lock files beside it.
     */
    static final class RollingHandler extends Handler {
        private final Path file;
        private final long limit;
        private final int files;
        private java.io.Writer out;
        private long written;

        RollingHandler(Path file, long limit, int files) throws IOException {
            this.file = file;
            this.limit = limit;
            this.files = files;
            open();
        }

        private void open() throws IOException {
            out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            written = Files.size(file);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (out == null || !isLoggable(record)) {
                return;
            }
            try {
                String text = getFormatter().format(record);
                byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (written > 0 && written + bytes.length > limit) {
                    roll();
                }
                out.write(text);
                out.flush(); // a crash right after must still leave the line
                written += bytes.length;
            } catch (IOException | RuntimeException e) {
                reportError(null, e instanceof Exception ex ? ex : null, java.util.logging.ErrorManager.WRITE_FAILURE);
            }
        }

        private void roll() throws IOException {
            out.close();
            Files.deleteIfExists(numbered(files - 1));
            for (int i = files - 2; i >= 1; i--) {
                if (Files.exists(numbered(i))) {
                    Files.move(numbered(i), numbered(i + 1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, numbered(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            open();
        }

        private Path numbered(int i) {
            return file.resolveSibling(file.getFileName() + "." + i);
        }

        @Override
        public synchronized void flush() {
            try {
                if (out != null) {
                    out.flush();
                }
            } catch (IOException e) {
                reportError(null, e, java.util.logging.ErrorManager.FLUSH_FAILURE);
            }
        }

        @Override
        public synchronized void close() {
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException e) {
                reportError(null, e, java.util.logging.ErrorManager.CLOSE_FAILURE);
            }
            out = null;
        }
    }

    /** One line per record (and the stack trace below), secrets redacted. */
    static final class RedactingFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return SecretFilter.redactText(line.toString());
        }
    }
}
