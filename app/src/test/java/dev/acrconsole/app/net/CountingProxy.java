package dev.acrconsole.app.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTPS proxy on 127.0.0.1 for tests: answers CONNECT by opening a tunnel, optionally only with Basic
 * proxy credentials, and remembers every tunnel's target. It only ever connects to 127.0.0.1.
 */
public final class CountingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-proxy");
        t.setDaemon(true);
        return t;
    });
    private final String expectedAuthorization;
    private final List<String> tunnels = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();

    private CountingProxy(String user, String password) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.expectedAuthorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        threads.execute(this::accept);
    }

    public static CountingProxy open() throws IOException {
        return new CountingProxy(null, null);
    }

    public static CountingProxy requiringCredentials(String user, String password) throws IOException {
        return new CountingProxy(user, password);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** host:port of every tunnel opened, in order. */
    public List<String> tunnels() {
        return List.copyOf(tunnels);
    }

    /** CONNECTs refused for missing or wrong credentials. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            List<String> head = readHead(in);
            String[] requestLine = head.isEmpty() ? new String[0] : head.getFirst().split(" ");
            if (requestLine.length < 2 || !requestLine[0].equals("CONNECT")) {
                out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String target = requestLine[1];
            if (expectedAuthorization != null && head.stream().noneMatch(this::authorized)) {
                refused.add(target);
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                return;
            }
            int colon = target.lastIndexOf(':');
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(target.substring(colon + 1)))) {
                tunnels.add(target);
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                var upstreamCopy = threads.submit(() -> copy(upstream.getInputStream(), out));
                copy(in, upstream.getOutputStream());
                upstreamCopy.get();
            }
        } catch (Exception e) {
            // a tunnel ends when either side closes
        }
    }

    private boolean authorized(String header) {
        String name = "Proxy-Authorization:";
        return header.regionMatches(true, 0, name, 0, name.length())
                && header.substring(name.length()).strip().equals(expectedAuthorization);
    }

    private static Void copy(InputStream in, OutputStream out) {
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // closed
        }
        return null;
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.US_ASCII).strip();
                if (s.isEmpty()) {
                    break;
                }
                lines.add(s);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
