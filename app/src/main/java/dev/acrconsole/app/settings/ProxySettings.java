package dev.acrconsole.app.settings;

/**
 * How the app reaches Azure. SYSTEM honours HTTPS_PROXY/NO_PROXY when set, else the OS's proxy settings; MANUAL
 * names a proxy whose password (if any) lives in the secret store, never here.
 */
public record ProxySettings(Mode mode, String host, int port, String userName) {
    public enum Mode { SYSTEM, NONE, MANUAL }

    public static final ProxySettings SYSTEM = new ProxySettings(Mode.SYSTEM, null, 0, null);

    public ProxySettings {
        if (mode == null) {
            mode = Mode.SYSTEM;
        }
        if (mode == Mode.MANUAL) {
            if (host == null || host.isBlank() || !host.strip().matches("[A-Za-z0-9.:\\[\\]-]+")) {
                throw new IllegalArgumentException("Proxy host: a host name or IP address, e.g. proxy.corp.example");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Proxy port: a number from 1 to 65535");
            }
            host = host.strip();
            userName = userName == null || userName.isBlank() ? null : userName.strip();
        }
    }
}
