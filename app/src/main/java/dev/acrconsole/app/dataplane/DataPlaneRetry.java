package dev.acrconsole.app.dataplane;

import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.ExponentialBackoff;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.RetryStrategy;
import dev.acrconsole.app.arm.ArmClients;
import java.time.Duration;

/**
 * ARM's backoff for the data plane, except that the registry's refusal of a token (a wrong password's 401) is its
 * answer, not a fault: azure-core tries any exception again, and a registry may lock an account out after a few wrong
 * passwords.
 */
final class DataPlaneRetry implements RetryStrategy {
    private final RetryStrategy backoff = new ExponentialBackoff(ArmClients.retryOptions().getExponentialBackoffOptions());

    static RetryPolicy policy() {
        return new RetryPolicy(new DataPlaneRetry());
    }

    @Override
    public int getMaxRetries() {
        return backoff.getMaxRetries();
    }

    @Override
    public Duration calculateRetryDelay(int retryAttempts) {
        return backoff.calculateRetryDelay(retryAttempts);
    }

    @Override
    public boolean shouldRetry(HttpResponse response) {
        return backoff.shouldRetry(response);
    }

    @Override
    public boolean shouldRetryException(Throwable throwable) {
        return !(throwable instanceof AcrRequestException) && backoff.shouldRetryException(throwable);
    }
}
