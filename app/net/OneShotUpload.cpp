#include "net/OneShotUpload.h"

#include <cstring>

OneShotUpload::OneShotUpload(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly);
}

OneShotUpload::~OneShotUpload()
{
    m_data.fill('\0'); // may be a secret value
}

qint64 OneShotUpload::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}
