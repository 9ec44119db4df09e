// libFuzzer target: DiscoveryDocument::parse and the Okta URL shape rules applied to what it found.
#include "DiscoveryDocument.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const DiscoveryDocument doc = DiscoveryDocument::parse(input, &error);
    (void)doc.isOrgServer();
    (void)DiscoveryDocument::isOrgJwksUri(doc.jwksUri());
    (void)DiscoveryDocument::metadataUrl(doc.issuer(), true);
    (void)DiscoveryDocument::metadataUrl(doc.issuer(), false);
    // The raw input as a URL / domain too: the shape rules take user-typed text.
    const QString text = QString::fromUtf8(input);
    (void)DiscoveryDocument::isOrgIssuer(text);
    (void)DiscoveryDocument::isOrgJwksUri(text);
    (void)DiscoveryDocument::expectedIssuer(text, QStringLiteral("default"));
    (void)DiscoveryDocument::expectedIssuer(QStringLiteral("https://dev-1.okta.com"), text);
    return 0;
}
