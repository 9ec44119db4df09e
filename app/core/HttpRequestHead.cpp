#include "core/HttpRequestHead.h"

#include <algorithm>

namespace {
const QString kMalformed = QStringLiteral("http_malformed");
const QString kControlByte = QStringLiteral("http_control_byte");
const QString kLineTooLong = QStringLiteral("http_request_line_too_long");
const QString kHeadTooLarge = QStringLiteral("http_head_too_large");
const QString kMethod = QStringLiteral("http_method_not_allowed");
const QString kTarget = QStringLiteral("http_bad_target");
const QString kVersion = QStringLiteral("http_version_not_supported");

Problem refusal(const QString &code, const QString &message)
{
    return Problem{code, message, QString()};
}

bool isHttp1Version(const QByteArray &version)
{
    return version.size() == 8 && version.startsWith("HTTP/1.") && version.at(7) >= '0' &&
           version.at(7) <= '9';
}
} // namespace

HttpRequestHead::HttpRequestHead(qsizetype maxHeadBytes) : m_maxBytes(maxHeadBytes) {}

Result<HttpRequestHead::Progress> HttpRequestHead::feed(QByteArrayView bytes)
{
    if (!m_problem.isNull())
        return m_problem;
    for (const char c : bytes) {
        if (m_complete)
            break;
        if (m_bytes == m_maxBytes) {
            if (!m_haveRequestLine)
                return refuse(refusal(kLineTooLong,
                                      tr("The request line does not end within %1 bytes.").arg(m_maxBytes)));
            return refuse(
                refusal(kHeadTooLarge, tr("The request head is larger than %1 bytes.").arg(m_maxBytes)));
        }
        ++m_bytes;
        if (m_pendingCr) {
            if (c != '\n')
                return refuse(refusal(kMalformed, tr("A line of the request head does not end with CRLF.")));
            m_pendingCr = false;
            if (Problem problem = endLine(); !problem.isNull())
                return refuse(std::move(problem));
            continue;
        }
        if (c == '\r') {
            m_pendingCr = true;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        // A tab may separate a header's value; nowhere else is a control byte (a bare LF, a NUL) allowed.
        if ((byte < 0x20 && !(byte == '\t' && m_haveRequestLine)) || byte == 0x7f)
            return refuse(refusal(kControlByte, tr("The request head contains a control byte (0x%1).")
                                                    .arg(int(byte), 2, 16, QLatin1Char('0'))));
        if (m_haveRequestLine)
            ++m_lineLength;
        else
            m_line.append(c);
    }
    return m_complete ? Progress::Complete : Progress::NeedMore;
}

int HttpRequestHead::statusFor(const Problem &problem)
{
    if (problem.code == kMethod)
        return 405;
    if (problem.code == kLineTooLong)
        return 414;
    if (problem.code == kHeadTooLarge)
        return 431;
    if (problem.code == kVersion)
        return 505;
    return 400;
}

Result<HttpRequestHead::Progress> HttpRequestHead::refuse(Problem problem)
{
    m_problem = std::move(problem);
    m_line.clear();
    return m_problem;
}

Problem HttpRequestHead::endLine()
{
    if (!m_haveRequestLine) {
        m_haveRequestLine = true;
        return parseRequestLine();
    }
    if (m_lineLength == 0) // the blank line: the head is complete
        m_complete = true;
    m_lineLength = 0;
    return {};
}

Problem HttpRequestHead::parseRequestLine()
{
    const QList<QByteArray> parts = m_line.split(' ');
    m_line.clear();
    if (parts.size() != 3 || parts.contains(QByteArray())) {
        return refusal(kMalformed,
                       tr("The request line is not METHOD TARGET VERSION separated by single spaces."));
    }
    if (!isHttp1Version(parts.at(2))) {
        return refusal(kVersion, tr("Only HTTP/1.x requests are answered here."));
    }
    if (parts.at(0) != "GET") {
        return refusal(kMethod, tr("Only GET requests are answered here."));
    }
    // Origin-form only: "/path?query". An absolute-form target or one starting with "//" would name a host,
    // and a fragment or non-ASCII byte is never part of a request target.
    const QByteArray &target = parts.at(1);
    const bool originForm = target.startsWith('/') && !target.startsWith("//") && !target.contains('#') &&
                            std::all_of(target.begin(), target.end(), [](char c) { return uchar(c) < 0x80; });
    const QUrl url = originForm ? QUrl::fromEncoded(target, QUrl::StrictMode) : QUrl();
    if (!url.isValid() || !url.scheme().isEmpty() || !url.authority().isEmpty()) {
        return refusal(kTarget, tr("The request target is not a path with an optional query."));
    }
    m_request = RequestLine{parts.at(0), url, parts.at(2)};
    return {};
}
