package dev.acrconsole.app.cli;

import dev.acrconsole.app.kind.Format;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Parses the command line; see {@link #USAGE}. Exit code 2 on a bad command line is the caller's. */
public final class CommandLineParser {
    public static final String USAGE = """
            Usage: acr-console [--sandbox | --offline | --snapshot FILE] [--read-only] [--data-dir DIR] [--screenshot FILE]
                               [--log-level error|warn|info|debug|trace]
                   acr-console export [--data-dir DIR] [--format json|csv]
                   acr-console export --snapshot FILE [--data-dir DIR] [--account NAME]... [--subscription ID]... [--registry ID]...
                   acr-console search TEXT [--data-dir DIR] [--kind KIND]... [--limit N]
                   acr-console refresh [--data-dir DIR] [--account NAME]... [--all] [--stale-after DURATION]
                                       [--sandbox | --sandbox-url URL --sandbox-cert PEM]

              (no mode)          live with the remembered accounts; offline until the first one is added
              --sandbox          open on the built-in sandbox (sample data, no Azure account needed)
              --offline          contact nothing, sign nothing in; show the cache with an "Offline" banner
              --snapshot FILE    open a snapshot file read-only, to review it offline
              --read-only        start in read-only mode: every write is disabled and nothing is sent
                                 (View > Read-only mode switches it)
              --data-dir DIR     keep the cache and settings in DIR (default: the OS's app data dir)
              --screenshot FILE  render the window, wait for the first refresh, save a PNG, exit
              --log-level LEVEL  what the log file (logs/acr-console.log in the data dir) keeps: error, warn
                                 (default), info, debug or trace; secrets are redacted either way
              export             print the cached state on stdout (headless): JSON (default) or CSV;
                                 with --snapshot FILE, write a snapshot file instead (all of the cache, or only
                                 the accounts, subscriptions and registries named)
              search TEXT        print the cached resources matching TEXT as JSON lines (headless): every word
                                 must match as a prefix, "a phrase" its words together, -word leaves out
              refresh            refresh the remembered accounts (or those --account names) into the cache, no
                                 window (e.g. a scheduled job keeping an offline cache current); progress on
                                 stderr, one summary line on stdout. --all reads every collection below every
                                 registry; --stale-after 30m|2h|1d only what is older; --sandbox the built-in
                                 sandbox, --sandbox-url/--sandbox-cert a standalone one (its --cert-out PEM).
                                 Exit 0: every listing read; 3: some failed (their cached rows stand, marked
                                 partial); 1: nothing could be refreshed (no cache access, a window open on the
                                 data dir, no accounts); 2: a bad command line; Ctrl+C keeps what it read, says
                                 "cancelled:" and exits 130
              --help             show this text
              --version          print the version and exit
            """;

    private CommandLineParser() {}

    public static LaunchOptions parse(String... args) throws UsageException {
        Parsed p = new Parsed();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "export", "search", "refresh" -> {
                    if (i != 0) {
                        throw new UsageException("'" + arg + "' must come first");
                    }
                    p.command = switch (arg) {
                        case "export" -> LaunchOptions.Command.EXPORT;
                        case "search" -> LaunchOptions.Command.SEARCH;
                        default -> LaunchOptions.Command.REFRESH;
                    };
                    if (p.command == LaunchOptions.Command.SEARCH) {
                        p.searchText = value(args, ++i, "search");
                    }
                }
                case "--sandbox" -> p.sandbox = true;
                case "--offline" -> p.offline = true;
                case "--read-only" -> p.readOnly = true;
                case "--data-dir" -> p.dataDir = path(arg, value(args, ++i, arg));
                case "--screenshot" -> p.screenshot = path(arg, value(args, ++i, arg));
                case "--snapshot" -> p.snapshot = path(arg, value(args, ++i, arg));
                case "--format" -> p.format = format(value(args, ++i, arg));
                case "--account" -> p.accounts.add(value(args, ++i, arg));
                case "--subscription" -> p.subscriptions.add(value(args, ++i, arg));
                case "--registry" -> p.registries.add(value(args, ++i, arg));
                case "--kind" -> p.kinds.add(value(args, ++i, arg));
                case "--limit" -> p.limit = limit(value(args, ++i, arg));
                case "--log-level" -> p.logLevel = logLevel(value(args, ++i, arg));
                case "--all" -> p.all = true;
                case "--stale-after" -> p.staleAfter = duration(arg, value(args, ++i, arg));
                case "--sandbox-url" -> p.sandboxUrl = url(arg, value(args, ++i, arg));
                case "--sandbox-cert" -> p.sandboxCert = path(arg, value(args, ++i, arg));
                case "--version" -> {
                    return new LaunchOptions(LaunchOptions.Command.VERSION, LaunchOptions.Mode.OFFLINE, null, null, null,
                            LaunchOptions.ExportOptions.defaults(), null);
                }
                case "--help", "-h" -> {
                    return new LaunchOptions(LaunchOptions.Command.HELP, LaunchOptions.Mode.OFFLINE, null, null, null,
                            LaunchOptions.ExportOptions.defaults(), null);
                }
                default -> throw new UsageException("Unknown option: " + arg);
            }
        }
        return p.options();
    }

    /** What was seen so far; {@link #options} checks the combination. */
    private static final class Parsed {
        LaunchOptions.Command command = LaunchOptions.Command.GUI;
        boolean sandbox;
        boolean offline;
        boolean readOnly;
        Path dataDir;
        Path screenshot;
        Path snapshot;
        LaunchOptions.ExportOptions.Format format;
        String searchText;
        Integer limit;
        String logLevel;
        boolean all;
        java.time.Duration staleAfter;
        java.net.URI sandboxUrl;
        Path sandboxCert;
        final Set<String> accounts = new LinkedHashSet<>();
        final Set<String> subscriptions = new LinkedHashSet<>();
        final Set<String> registries = new LinkedHashSet<>();
        final Set<String> kinds = new LinkedHashSet<>();

        LaunchOptions options() throws UsageException {
            if (command == LaunchOptions.Command.REFRESH) {
                return refresh();
            }
            if (all || staleAfter != null || sandboxUrl != null || sandboxCert != null) {
                throw new UsageException("--all, --stale-after, --sandbox-url and --sandbox-cert go with refresh");
            }
            boolean filters = !accounts.isEmpty() || !subscriptions.isEmpty() || !registries.isEmpty();
            boolean headless = command != LaunchOptions.Command.GUI;
            if ((sandbox ? 1 : 0) + (offline ? 1 : 0) + (snapshot != null && !headless ? 1 : 0) > 1) {
                throw new UsageException("--sandbox, --offline and --snapshot cannot be combined");
            }
            if (headless && (sandbox || offline || screenshot != null)) {
                throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " runs headless: it takes no --sandbox, --offline or --screenshot");
            }
            if (command != LaunchOptions.Command.EXPORT && (format != null || filters)) {
                throw new UsageException("--format, --account, --subscription and --registry go with export");
            }
            if (command == LaunchOptions.Command.EXPORT && filters && snapshot == null) {
                throw new UsageException("--account, --subscription and --registry choose what goes in a snapshot: add --snapshot FILE");
            }
            if (command == LaunchOptions.Command.EXPORT && format != null && snapshot != null) {
                throw new UsageException("export writes either --format output or a --snapshot file, not both");
            }
            if (command == LaunchOptions.Command.SEARCH && snapshot != null) {
                throw new UsageException("search reads the cache in --data-dir; open a snapshot with --snapshot FILE instead");
            }
            if (headless && readOnly) {
                throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " only reads: it takes no --read-only");
            }
            if (command != LaunchOptions.Command.SEARCH && (!kinds.isEmpty() || limit != null)) {
                throw new UsageException("--kind and --limit go with search");
            }
            // No mode: live with the remembered accounts (the window stays offline while there are none).
            LaunchOptions.Mode mode = sandbox ? LaunchOptions.Mode.SANDBOX
                    : snapshot != null && !headless ? LaunchOptions.Mode.SNAPSHOT
                    : offline || headless ? LaunchOptions.Mode.OFFLINE : LaunchOptions.Mode.LIVE;
            LaunchOptions.ExportOptions export = new LaunchOptions.ExportOptions(
                    format == null ? LaunchOptions.ExportOptions.Format.json : format,
                    command == LaunchOptions.Command.EXPORT ? snapshot : null,
                    Set.copyOf(accounts), Set.copyOf(subscriptions), Set.copyOf(registries));
            LaunchOptions.SearchOptions search = command == LaunchOptions.Command.SEARCH
                    ? new LaunchOptions.SearchOptions(searchText, Set.copyOf(kinds), limit == null ? 50 : limit) : null;
            if (headless && logLevel != null) {
                throw new UsageException("--log-level goes with the window; " + command.name().toLowerCase(Locale.ROOT)
                        + " writes no log file");
            }
            return new LaunchOptions(command, mode, dataDir, screenshot, headless ? null : snapshot, export, search,
                    logLevel == null ? LaunchOptions.DEFAULT_LOG_LEVEL : logLevel, readOnly);
        }

        /** {@code refresh}: accounts or a sandbox, no window. */
        private LaunchOptions refresh() throws UsageException {
            if (offline || screenshot != null || snapshot != null || readOnly || logLevel != null || format != null
                    || !subscriptions.isEmpty() || !registries.isEmpty() || !kinds.isEmpty() || limit != null) {
                throw new UsageException("refresh takes --data-dir, --account, --all, --stale-after, --sandbox, "
                        + "--sandbox-url and --sandbox-cert only");
            }
            if ((sandboxUrl == null) != (sandboxCert == null)) {
                throw new UsageException("--sandbox-url and --sandbox-cert go together: the URL the sandbox printed and "
                        + "the certificate it wrote with --cert-out");
            }
            if (sandbox && sandboxUrl != null) {
                throw new UsageException("refresh either the built-in --sandbox or the one at --sandbox-url, not both");
            }
            if ((sandbox || sandboxUrl != null) && !accounts.isEmpty()) {
                throw new UsageException("--account names remembered accounts; a sandbox has none");
            }
            return new LaunchOptions(LaunchOptions.Command.REFRESH, sandbox ? LaunchOptions.Mode.SANDBOX
                    : sandboxUrl != null ? LaunchOptions.Mode.SANDBOX : LaunchOptions.Mode.LIVE, dataDir, null, null,
                    LaunchOptions.ExportOptions.defaults(), null, LaunchOptions.DEFAULT_LOG_LEVEL, false,
                    new LaunchOptions.RefreshRequest(Set.copyOf(accounts), all, staleAfter, sandboxUrl, sandboxCert));
        }
    }

    /** 90s, 30m, 2h, 1d, or ISO-8601 (PT1H30M). */
    static java.time.Duration duration(String flag, String value) throws UsageException {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})([smhd])").matcher(value.trim());
            java.time.Duration d = m.matches() ? java.time.Duration.of(Long.parseLong(m.group(1)), switch (m.group(2)) {
                case "s" -> java.time.temporal.ChronoUnit.SECONDS;
                case "m" -> java.time.temporal.ChronoUnit.MINUTES;
                case "h" -> java.time.temporal.ChronoUnit.HOURS;
                default -> java.time.temporal.ChronoUnit.DAYS;
            }) : java.time.Duration.parse(value.trim());
            if (d.isNegative() || d.isZero()) {
                throw new UsageException(flag + " takes a positive duration, not " + value);
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(flag + " takes a duration such as 90s, 30m, 2h, 1d or PT1H30M, not " + value);
        }
    }

    private static java.net.URI url(String flag, String value) throws UsageException {
        try {
            java.net.URI uri = new java.net.URI(value.endsWith("/") ? value : value + "/");
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(value, "not an https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(flag + " takes the https URL the sandbox printed (https://127.0.0.1:PORT/), not " + value);
        }
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

    private static LaunchOptions.ExportOptions.Format format(String value) throws UsageException {
        try {
            return LaunchOptions.ExportOptions.Format.valueOf(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format takes json or csv, not " + value);
        }
    }

    private static String logLevel(String value) throws UsageException {
        String level = value.toLowerCase(Locale.ROOT);
        return switch (level) {
            case "error", "warn", "info", "debug", "trace" -> level;
            default -> throw new UsageException("--log-level takes error, warn, info, debug or trace, not " + value);
        };
    }

    private static int limit(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > 100_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--limit takes a whole number from 1 to 100000, not " + value);
        }
    }
}
