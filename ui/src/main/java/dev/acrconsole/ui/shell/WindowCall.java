package dev.acrconsole.ui.shell;

import dev.acrconsole.app.settings.WindowCallFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a second launch on a data dir brings the window already open on it forward (ADR 0022), instead of a line on a
 * stderr nobody sees when the app was started from a menu or a dock. The window listens on a loopback port while it
 * holds the data dir's lock ({@code DataDirLock}); {@link WindowCallFile} in the data dir names the port and a random
 * token, readable by its owner only, so another local user cannot call it. The only call is "come forward".
 */
public final class WindowCall implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WindowCall.class.getName());
    private static final int TIMEOUT_MS = 2000;

    private final WindowCallFile file;
    private final CompletableFuture<Boolean> listening = new CompletableFuture<>();
    private ServerSocket server;
    private boolean closed;

    private WindowCall(WindowCallFile file) {
        this.file = file;
    }

    /**
     * Answers calls for {@code dataDir} until closed, running {@code forward} (on a thread of its own) for each good one.
     * It starts listening on a thread of its own (a socket, the token and the file cost tens of milliseconds cold, which
     * start-up does not wait for). Where it cannot listen it says so in the log and a second launch says what it always
     * said: the window still opens.
     */
    public static WindowCall answer(Path dataDir, Runnable forward) {
        WindowCall call = new WindowCall(new WindowCallFile(dataDir));
        Thread t = new Thread(() -> call.listen(forward), "window-call");
        t.setDaemon(true);
        t.start();
        return call;
    }

    /** Completes when it answers calls (true), or cannot (false). */
    public CompletableFuture<Boolean> listening() {
        return listening;
    }

    private void listen(Runnable forward) {
        ServerSocket s = null;
        try {
            s = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            synchronized (this) {
                if (closed) {
                    close(s);
                    listening.complete(false);
                    return;
                }
                file.write(new WindowCallFile.Address(s.getLocalPort(), token));
                server = s;
            }
            listening.complete(true);
            serve(s, "forward " + token, forward);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "A second launch cannot bring this window forward: " + e.getMessage());
            close(s);
            listening.complete(false);
        }
    }

    /**
     * A second launch's side: true when the window open on {@code dataDir} answered that it comes forward; false when
     * there is none to call (no file, a stale one, nobody answering within two seconds).
     */
    public static boolean bringForward(Path dataDir) {
        WindowCallFile.Address address = new WindowCallFile(dataDir).read().orElse(null);
        if (address == null) {
            return false; // no window has listened here, or its file is not ours
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.port()), TIMEOUT_MS);
            s.setSoTimeout(TIMEOUT_MS);
            OutputStream out = s.getOutputStream();
            out.write(("forward " + address.token() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return "ok".equals(answer);
        } catch (IOException e) {
            return false; // the window that wrote the file is gone (it ended without removing it)
        }
    }

    /** Stops answering and removes the file, so a later launch does not call a port someone else may have. */
    @Override
    public void close() {
        ServerSocket s;
        synchronized (this) {
            closed = true;
            s = server;
        }
        if (s == null) {
            return; // never listened, or not yet: it will not now
        }
        close(s);
        try {
            file.delete();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not remove " + file + ": " + e.getMessage()); // a stale file is harmless: see bringForward
        }
    }

    private static void serve(ServerSocket server, String expected, Runnable forward) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MS);
                String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                boolean good = expected.equals(line);
                if (good) {
                    forward.run();
                }
                s.getOutputStream().write((good ? "ok\n" : "no\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "A call to bring the window forward failed: " + e.getMessage());
                }
            }
        }
    }

    private static void close(ServerSocket server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // closing: nothing more to do
            }
        }
    }
}
