package dev.acrconsole.app.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The JDK's trusted roots plus extra CA certificates (a corporate TLS-inspection root): a server is trusted when
 * either set vouches for it.
 */
public final class TrustedCertificates {
    private TrustedCertificates() {}

    /** Reads a PEM (or DER) file of one or more certificates; the message says what is wrong with a bad one. */
    public static List<X509Certificate> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("CA certificate file not found or not readable: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends java.security.cert.Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> out = new ArrayList<>();
            for (var c : certs) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("No certificate in " + file + " (expected PEM: -----BEGIN CERTIFICATE-----)");
            }
            return out;
        } catch (CertificateException e) {
            throw new IllegalArgumentException("Not a certificate file (PEM or DER expected): " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** An SSL context that trusts the JDK's roots and {@code extra}. */
    public static SSLContext withExtra(List<X509Certificate> extra) {
        try {
            X509TrustManager system = trustManager(null);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < extra.size(); i++) {
                store.setCertificateEntry("extra-" + i, extra.get(i));
            }
            X509TrustManager added = trustManager(store);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new EitherTrustManager(system, added)}, null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager");
    }

    /** Trusts a chain the first manager trusts, else one the second trusts. */
    private record EitherTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            first.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                try {
                    second.checkServerTrusted(chain, authType);
                } catch (CertificateException neither) {
                    neither.addSuppressed(e); // both verdicts reach the message the user sees
                    throw neither;
                }
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
