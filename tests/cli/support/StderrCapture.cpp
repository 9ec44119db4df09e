#include "StderrCapture.h"

#include <cstdio>
#include <unistd.h>

StderrCapture::StderrCapture()
{
    if (!m_file.open())
        return;
    std::fflush(stderr);
    m_saved = ::dup(STDERR_FILENO);
    if (m_saved >= 0 && ::dup2(m_file.handle(), STDERR_FILENO) < 0) {
        ::close(m_saved);
        m_saved = -1;
    }
}

StderrCapture::~StderrCapture()
{
    take();
}

QByteArray StderrCapture::take()
{
    if (m_saved < 0)
        return {};
    std::fflush(stderr);
    ::dup2(m_saved, STDERR_FILENO);
    ::close(m_saved);
    m_saved = -1;
    m_file.seek(0);
    return m_file.readAll();
}
