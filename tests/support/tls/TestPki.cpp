#include "TestPki.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {
using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

QByteArray pemOf(X509 *cert)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(bio.get(), cert);
    return bioText(bio.get());
}

QByteArray pemOf(EVP_PKEY *key)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioText(bio.get());
}

Key readKey(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  BIO_free);
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
}

Cert readCert(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  BIO_free);
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
}

void addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        qFatal("TestPki: bad extension %s", value.constData());
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

// A certificate for `key` named `commonName`, with a random serial and the given validity; not signed.
Cert newCert(EVP_PKEY *key, const QString &commonName, long notBefore, long notAfter)
{
    Cert cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBefore);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfter);
    X509_set_pubkey(cert.get(), key);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert.get()), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.toUtf8().constData()), -1,
                               -1, 0);
    return cert;
}
} // namespace

TestCert TestPki::makeCa(const QString &commonName)
{
    Key key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    Cert cert = newCert(key.get(), commonName, -3600, 10 * 86400);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
    X509_sign(cert.get(), key.get(), EVP_sha256());
    return {pemOf(cert.get()), pemOf(key.get())};
}

TestCert TestPki::makeServer(const TestCert &ca, const QStringList &dnsNames, const QStringList &ipAddresses,
                             long notBeforeSecs, long notAfterSecs)
{
    const Key caKey = readKey(ca.keyPem);
    const Cert caCert = readCert(ca.certPem);
    if (!caKey || !caCert)
        qFatal("TestPki: unreadable CA");
    Key key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    const QString commonName = dnsNames.value(0, ipAddresses.value(0));
    Cert cert = newCert(key.get(), commonName, notBeforeSecs, notAfterSecs);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()));
    QStringList alt;
    for (const QString &name : dnsNames)
        alt << QStringLiteral("DNS:") + name;
    for (const QString &ip : ipAddresses)
        alt << QStringLiteral("IP:") + ip;
    addExtension(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), caCert.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), caCert.get(), NID_subject_alt_name, alt.join(QLatin1Char(',')).toUtf8());
    addExtension(cert.get(), caCert.get(), NID_authority_key_identifier, "keyid");
    X509_sign(cert.get(), caKey.get(), EVP_sha256());
    return {pemOf(cert.get()), pemOf(key.get())};
}
