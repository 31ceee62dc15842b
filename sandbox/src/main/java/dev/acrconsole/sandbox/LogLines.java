package dev.acrconsole.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Lines of a build log the way ACR Tasks writes them: a timestamp, then docker output, some of it in ANSI colours.
 * The timestamp carries milliseconds so a reader can tell how long a line took to reach it.
 */
final class LogLines {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final String GREEN = "\u001b[32m";
    private static final String BLUE = "\u001b[1;34m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";
    private static final String[] COMMANDS = {"RUN apt-get update && apt-get install -y curl", "COPY . /app",
            "RUN npm ci --omit=dev", "WORKDIR /app", "RUN dotnet publish -c Release -o out", "EXPOSE 8080",
            "ENV ASPNETCORE_URLS=http://+:8080", "RUN go build -o /bin/server ./cmd/server"};

    private LogLines() {
    }

    /** Line {@code i} (0-based) of a log of {@code total} lines written at {@code at}; ends with a newline. */
    static String line(Random random, long i, long total, Instant at, String runId) {
        String stamp = STAMP.format(at) + " ";
        if (i == 0) {
            return stamp + "Downloading source code...\n";
        }
        if (i == total - 1) {
            return stamp + GREEN + "Run ID: " + runId + " was successful" + RESET + " (end of log " + runId + ")\n";
        }
        return switch (random.nextInt(10)) {
            case 0 -> stamp + BLUE + "Step " + (i % 40 + 1) + "/40 : " + RESET + COMMANDS[random.nextInt(COMMANDS.length)] + "\n";
            case 1 -> stamp + " ---> " + hex(random, 12) + "\n";
            case 2 -> stamp + YELLOW + "warning:" + RESET + " layer " + hex(random, 16) + " is larger than 100 MB\n";
            case 3 -> stamp + "Successfully tagged " + GREEN + "webapp:" + runId + RESET + "\n";
            case 4 -> stamp + "Get:" + i + " http://deb.debian.org/debian bookworm/main amd64 libssl3 [" + random.nextInt(4000) + " kB]\n";
            default -> stamp + "scanning layer sha256:" + hex(random, 24) + " (" + i + " of " + total + ")\n";
        };
    }

    /** The last line of a run that did not succeed. */
    static String failure(Instant at, String runId, String status) {
        return STAMP.format(at) + " " + RED + "Run ID: " + runId + " " + status.toLowerCase() + RESET + " (end of log " + runId + ")\n";
    }

    private static String hex(Random random, int digits) {
        StringBuilder s = new StringBuilder(digits);
        for (int d = 0; d < digits; d++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }
}
