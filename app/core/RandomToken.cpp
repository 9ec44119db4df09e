#include "core/RandomToken.h"

#include "core/Base64Url.h"

#include <QRandomGenerator>

QByteArray RandomToken::base64Url(int bytes)
{
    QByteArray raw((bytes + 3) / 4 * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    raw.truncate(bytes);
    return Base64Url::encode(raw);
}
