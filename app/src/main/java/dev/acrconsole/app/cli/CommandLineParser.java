package dev.acrconsole.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Parses the command line; see {@link #USAGE}. Exit code 2 on a bad command line is the caller's. */
public final class CommandLineParser {
    public static final String USAGE = """
            Usage: acr-console [--sandbox | --offline] [--data-dir DIR] [--screenshot FILE]
                   acr-console export [--data-dir DIR]

              (no mode)          live with the remembered accounts; offline until the first one is added
              --sandbox          open on the built-in sandbox (sample data, no Azure account needed)
              --offline          contact nothing, sign nothing in; show the cache with an "Offline" banner
              --data-dir DIR     keep the cache and settings in DIR (default: the OS's app data dir)
              --screenshot FILE  render the window, wait for the first refresh, save a PNG, exit
              export             print the cached state as JSON on stdout (headless)
              --help             show this text
            """;

    private CommandLineParser() {}

    public static LaunchOptions parse(String... args) throws UsageException {
        LaunchOptions.Command command = LaunchOptions.Command.GUI;
        boolean sandbox = false;
        boolean offline = false;
        Path dataDir = null;
        Path screenshot = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "export" -> {
                    if (i != 0) {
                        throw new UsageException("'export' must come first");
                    }
                    command = LaunchOptions.Command.EXPORT;
                }
                case "--sandbox" -> sandbox = true;
                case "--offline" -> offline = true;
                case "--data-dir" -> dataDir = path(arg, value(args, ++i, arg));
                case "--screenshot" -> screenshot = path(arg, value(args, ++i, arg));
                case "--help", "-h" -> {
                    return new LaunchOptions(LaunchOptions.Command.HELP, LaunchOptions.Mode.OFFLINE, null, null);
                }
                default -> throw new UsageException("Unknown option: " + arg);
            }
        }
        if (sandbox && offline) {
            throw new UsageException("--sandbox and --offline cannot be combined");
        }
        if (command == LaunchOptions.Command.EXPORT && (sandbox || offline || screenshot != null)) {
            throw new UsageException("export takes only --data-dir");
        }
        // No mode: live with the remembered accounts (the window falls back to offline while there are none).
        LaunchOptions.Mode mode = sandbox ? LaunchOptions.Mode.SANDBOX : offline ? LaunchOptions.Mode.OFFLINE : LaunchOptions.Mode.LIVE;
        return new LaunchOptions(command, mode, dataDir, screenshot);
    }

    private static String value(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }

    private static Path path(String flag, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(flag + ": not a valid path: " + value);
        }
    }
}
