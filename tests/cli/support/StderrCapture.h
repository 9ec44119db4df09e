#pragma once

#include <QByteArray>
#include <QTemporaryFile>

/// Sends this process's stderr (file descriptor 2) to a temporary file while it lives, so a test can read
/// what a command run in-process printed there. take() ends the capture and returns the bytes.
class StderrCapture
{
public:
    StderrCapture();
    ~StderrCapture();
    StderrCapture(const StderrCapture &) = delete;
    StderrCapture &operator=(const StderrCapture &) = delete;

    bool ok() const { return m_saved >= 0; }
    QByteArray take();

private:
    QTemporaryFile m_file;
    int m_saved = -1;
};
