package dev.acrconsole.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The sandbox's state in one JSON file (ADR 0015): a header (format, the sandbox's id, the sample it was seeded from)
 * and one section per {@link Kept} part. It is written whole to a temporary file beside it,
 * forced to disk and renamed over the old one, so a crash leaves the old file or the new one, never half of either.
 * The file holds the sandbox's own sample secrets (admin passwords, task secrets): it is made readable by its owner
 * only where the file system allows.
 */
final class StateFile {

    /** A state file that cannot be used; the message says why, for the user. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** What the header says besides the format and sample. */
    record Header(String sandboxId) {
    }

    static final int FORMAT = 1;
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final String sample;
    private final List<Kept> parts;

    /** {@code sample} names the data the sandbox was seeded from: a file of another sample cannot be restored. */
    StateFile(Path file, String sample, List<Kept> parts) {
        this.file = file;
        this.sample = sample;
        this.parts = parts;
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Reads the file into the parts; throws {@link Unreadable} (nothing restored can be trusted then). */
    Header restore() {
        JsonNode root;
        try {
            root = ArmJson.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new Unreadable("it is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new Unreadable("it cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new Unreadable("it is not a JSON object");
        }
        if (Kept.number(root, "format") != FORMAT) {
            throw new Unreadable("it is of format " + root.get("format") + "; this sandbox reads format " + FORMAT);
        }
        if (!sample.equals(Kept.text(root, "sample"))) {
            throw new Unreadable("it was seeded from another sample (" + root.get("sample").asText() + ", not " + sample + ")");
        }
        Header header = new Header(Kept.text(root, "sandboxId"));
        for (Kept part : parts) {
            JsonNode section = root.get(part.section());
            if (section == null && part.optional()) {
                section = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            } else if (section == null) {
                throw new Unreadable("its section '" + part.section() + "' is missing");
            }
            part.restore(section);
        }
        return header;
    }

    /** Writes every part: to a temporary file, forced to disk, then renamed over the file. */
    void write(Header header) {
        ObjectNode root = ArmJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("sandboxId", header.sandboxId());
        root.put("sample", sample);
        root.put("savedAt", Instant.now().toString());
        for (Kept part : parts) {
            root.set(part.section(), part.save());
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                ownerOnly(temp);
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer bytes = ByteBuffer.wrap(ArmJson.MAPPER.writeValueAsBytes(root));
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                    out.force(true);
                }
                move(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox's state to " + file, e);
        }
    }

    /** Moves a file that cannot be used out of the way, keeping it for a person to look at; returns where it went. */
    Path moveAside() {
        String name = file.getFileName() + ".damaged-" + ASIDE.format(Instant.now());
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? name : name + "-" + n);
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                // one was moved aside this second already: keep it, try the next name
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the unreadable sandbox state " + file + " aside", e);
            }
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING); // a file system without atomic rename
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
