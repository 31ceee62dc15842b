package dev.acrconsole.app.accounts;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** An RSA key and self-signed certificate, as an app registration's certificate credential would be. */
final class TestCertificates {
    record KeyAndCertificate(KeyPair keys, X509Certificate certificate) {
        /** Certificate and PKCS#8 private key in one PEM file, the form azure-identity's pemCertificate reads. */
        String pem() throws Exception {
            Base64.Encoder b64 = Base64.getMimeEncoder(64, "\n".getBytes());
            return "-----BEGIN CERTIFICATE-----\n" + b64.encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n"
                    + "-----BEGIN PRIVATE KEY-----\n" + b64.encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        }
    }

    private TestCertificates() {}

    static KeyAndCertificate rsa(String subject) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30, ChronoUnit.DAYS)), name, keys.getPublic());
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        return new KeyAndCertificate(keys, cert);
    }
}
