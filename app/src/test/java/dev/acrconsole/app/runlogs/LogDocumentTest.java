package dev.acrconsole.app.runlogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The log's line index, ANSI handling, search and the tail's back-off: the plain-Java half of the viewer. */
class LogDocumentTest {

    @Test
    void linesAreFoundAcrossChunksAndPartialAppends() throws Exception {
        LogDocument doc = new LogDocument();
        StringBuilder all = new StringBuilder();
        int lines = LogDocument.CHUNK / 20 * 3; // spans several 4 MB chunks
        for (int i = 0; i < lines; i++) {
            all.append("line ").append(i).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += 100_003) { // appends that split lines
            doc.append(bytes, at, Math.min(100_003, bytes.length - at));
        }
        assertThat(doc.lineCount()).isEqualTo(lines);
        assertThat(doc.line(0)).isEqualTo("line 0");
        assertThat(doc.line(lines - 1)).isEqualTo("line " + (lines - 1));
        assertThat(doc.line(lines / 2 + 7)).isEqualTo("line " + (lines / 2 + 7));
        doc.append("partial".getBytes(StandardCharsets.UTF_8));
        assertThat(doc.lineCount()).isEqualTo(lines + 1);
        assertThat(doc.line(lines)).isEqualTo("partial");
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        doc.writeTo(saved);
        assertThat(saved.size()).isEqualTo(bytes.length + 7);
    }

    @Test
    void ansiColoursBecomeSegmentsAndOtherEscapesVanish() {
        String line = "2025/08/01 \u001b[1;34mStep 1/4 :\u001b[0m RUN make \u001b[32mok\u001b[0m\u001b[2K";
        assertThat(Ansi.strip(line)).isEqualTo("2025/08/01 Step 1/4 : RUN make ok");
        var segments = Ansi.parse(line);
        assertThat(segments).extracting(Ansi.Segment::text).containsExactly("2025/08/01 ", "Step 1/4 :", " RUN make ", "ok");
        assertThat(segments.get(1).color()).isEqualTo("blue");
        assertThat(segments.get(1).bold()).isTrue();
        assertThat(segments.get(3).color()).isEqualTo("green");
        assertThat(segments.get(2).color()).isNull();
    }

    @Test
    void searchIgnoresCaseAndColoursForwardAndBackward() {
        LogDocument doc = new LogDocument();
        doc.append(("alpha\nthe \u001b[31mERROR\u001b[0m here\nbeta\nsecond error\n").getBytes(StandardCharsets.UTF_8));
        assertThat(LogSearch.find(doc, "error here", -1, true, () -> false)).isEqualTo(1);
        assertThat(LogSearch.find(doc, "Error", 1, true, () -> false)).isEqualTo(3);
        assertThat(LogSearch.find(doc, "error", 3, true, () -> false)).isEqualTo(-1);
        assertThat(LogSearch.find(doc, "ERROR", 3, false, () -> false)).isEqualTo(1);
        assertThat(LogSearch.find(doc, "error", -1, true, () -> true)).isEqualTo(-1);
    }

    @Test
    void theTailWaitsAboutASecondAfterOutputAndBacksOffToFifteenWhileQuiet() {
        Random random = new Random(1);
        Duration d = TailDelay.next(null, true, random);
        assertThat(d).isBetween(Duration.ofMillis(800), Duration.ofMillis(1200));
        for (int i = 0; i < 10; i++) {
            d = TailDelay.next(Duration.ofMillis(Math.round(d.toMillis() / 0.8)), false, random);
        }
        assertThat(d).isBetween(Duration.ofSeconds(12), Duration.ofSeconds(18));
        assertThat(TailDelay.next(d, true, random)).isLessThanOrEqualTo(Duration.ofMillis(1200));
    }
}
