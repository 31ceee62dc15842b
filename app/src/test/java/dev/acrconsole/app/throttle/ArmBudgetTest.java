package dev.acrconsole.app.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How many reads of a subscription go before ARM has said anything of its bucket: what decides how fast a refresh of
 * thousands of small subscriptions goes (each three reads) and whether a throttled one is hit again blind.
 */
class ArmBudgetTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final ArmBudget budget = new ArmBudget(nanos::get, Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

    private int goNow(String key, int asked) {
        int went = 0;
        for (int i = 0; i < asked; i++) {
            if (budget.tryRead(key, true) == 0) {
                went++;
            }
        }
        return went;
    }

    @Test
    void beforeAnyFigureOneReadGoesFirstAndItsAnswerSaysHowMuchThereIs() {
        assertThat(goNow("sub-a", 3)).isEqualTo(1);
        budget.answered("sub-a", 249L, null);
        assertThat(goNow("sub-a", 2)).as("the bucket is known now").isEqualTo(2);
    }

    @Test
    void aNewSubscriptionsFirstReadsGoTogetherOnceOtherBucketsShowedTheirSize() {
        budget.tryRead("sub-a", true);
        budget.answered("sub-a", 249L, null); // ARM's 250-read bucket
        assertThat(goNow("sub-b", 3)).as("resource groups, registries, IoT instances at once").isEqualTo(3);
        assertThat(goNow("sub-b", 100)).as("at most the bucket's reserve before its first answer").isEqualTo(22);
    }

    @Test
    void aSubscriptionThrottledBeforeGoesOneReadAtATimeUntilItsFigureIsKnownAgain() {
        budget.tryRead("sub-a", true);
        budget.answered("sub-a", 249L, null);
        budget.tryRead("sub-b", true);
        budget.answered("sub-b", null, 1); // 429, Retry-After 1 s
        assertThat(goNow("sub-b", 3)).as("waiting out Retry-After").isZero();
        nanos.addAndGet(1_100_000_000L);
        assertThat(goNow("sub-b", 3)).as("after it: one read, whose answer tells").isEqualTo(1);
    }

    @Test
    void theLowestBudgetFollowsTheLowestBucketUpAndDown() {
        budget.tryRead("sub-a", true);
        budget.answered("sub-a", 100L, null);
        budget.tryRead("sub-b", true);
        budget.answered("sub-b", 40L, null);
        assertThat(budget.lowest().orElseThrow().subscriptionId()).isEqualTo("sub-b");
        budget.tryRead("sub-b", true);
        budget.answered("sub-b", 200L, null); // refilled: sub-a is the lowest now
        assertThat(budget.lowest().orElseThrow().subscriptionId()).isEqualTo("sub-a");
        assertThat(budget.lowest().orElseThrow().remaining()).isEqualTo(100L);
        budget.tryRead("sub-a", true);
        budget.answered("sub-a", 90L, null);
        assertThat(budget.lowest().orElseThrow().remaining()).isEqualTo(90L);
    }
}
