// libFuzzer target: DiscoveryDocument::parse (and its round trip) and the Okta URL shape rules applied to
// what it found.
#include "core/DiscoveryDocument.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const DiscoveryDocument doc = DiscoveryDocument::parse(input).valueOr(DiscoveryDocument());
    // Parse, serialize (the document's JSON object), parse again: the same issuer, jwks_uri and object. Not
    // with a U+FEFF past the start: Qt 6.4's QJsonDocument::fromJson drops it from a key after placing the
    // key by its full text, and two such objects of Qt's own do not compare equal (found by this target).
    if (!doc.isNull() && input.indexOf("\xEF\xBB\xBF", 1) < 0) {
        const DiscoveryDocument again =
            DiscoveryDocument::parse(QJsonDocument(doc.json()).toJson(QJsonDocument::Compact))
                .valueOr(DiscoveryDocument());
        if (again.issuer() != doc.issuer() || again.jwksUri() != doc.jwksUri() || again.json() != doc.json())
            abort();
    }
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
