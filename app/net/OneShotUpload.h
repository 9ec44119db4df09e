#pragma once

#include <QByteArray>
#include <QIODevice>

/// A request body that can be read once: QNetworkAccessManager silently resends a request whose connection
/// closed before the reply, which for a POST could create twice. With this body the resend fails instead
/// (ContentReSendError), so a POST reaches the server at most once per call.
class OneShotUpload : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUpload(const QByteArray &data, QObject *parent = nullptr);
    ~OneShotUpload() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
