package dev.acrconsole.ui.services;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.cli.RefreshCommand;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;

/**
 * What {@code acr-console refresh} reads: the remembered accounts, the built-in sandbox (from the data dir's sandbox
 * state, as the window's), or a standalone sandbox at {@code --sandbox-url} trusting its {@code --cert-out} PEM. Each
 * reads into the cache as the window's refresh would (the same service, scope and options).
 */
public final class HeadlessRefresh {
    private HeadlessRefresh() {}

    public static int run(Path dataDir, LaunchOptions options, PrintStream out, PrintStream err) {
        LaunchOptions.RefreshRequest request = options.refresh();
        RefreshCommand.Target target;
        if (options.mode() != LaunchOptions.Mode.SANDBOX) {
            target = RefreshCommand.accounts(dataDir, request);
        } else if (request.sandboxUrl() == null) {
            target = (db, store, listener) -> {
                try (SandboxServer sandbox = SandboxServer.start(
                        SandboxConfig.defaults().withStateFile(dataDir.resolve(AppServices.SANDBOX_STATE_FILE)))) {
                    ArmClients arm = arm(sandbox.baseUrl(), sandbox.certificate());
                    DataPlanes planes = AppServices.sandboxDataPlanes(arm, sandbox, Clock.systemUTC());
                    return new RefreshService(arm, planes, store, Kinds.CATALOG, Clock.systemUTC(),
                            AppServices.sandboxRefreshOptions(dataDir, request.all())).refreshAll(listener);
                }
            };
        } else {
            target = (db, store, listener) -> {
                // Its registries' data planes answer on ports this side does not know: their contents are not read.
                ArmClients arm = arm(request.sandboxUrl(), certificate(request.sandboxCert()));
                return new RefreshService(arm, null, store, Kinds.CATALOG, Clock.systemUTC(),
                        AppServices.sandboxRefreshOptions(dataDir, request.all())).refreshAll(listener);
            };
        }
        return RefreshCommand.run(dataDir, request, target, out, err);
    }

    private static ArmClients arm(java.net.URI url, X509Certificate certificate) {
        return new ArmClients(new ArmSession(AppServices.SANDBOX_ACCOUNT, ArmEndpoint.sandbox(url, certificate),
                new StaticTokenCredential(SandboxServer.token())));
    }

    private static X509Certificate certificate(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (java.io.IOException | java.security.cert.CertificateException e) {
            throw new RefreshCommand.NothingToRefresh("cannot read the sandbox's certificate " + pem + " (" + e.getMessage()
                    + "): give the file its --cert-out wrote");
        }
    }
}
