#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QUrl>

/// The head of one HTTP/1.x request, fed as its bytes arrive: the request line (GET, an origin-form target,
/// HTTP/1.x) once the blank line ending the head is in, or the Problem that makes the request unanswerable.
/// Header lines are bounded and skipped: nothing here needs them.
class HttpRequestHead
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestHead)

public:
    enum class Progress
    {
        NeedMore, // the blank line ending the head has not arrived yet
        Complete  // requestLine() holds the request
    };
    struct RequestLine
    {
        QByteArray method;
        QUrl target; // origin-form: path and query, no scheme or host
        QByteArray version;
    };

    /// Request line, headers and the blank line together; a browser's redirect takes well under 4 KiB.
    static constexpr qsizetype kMaxHeadBytes = 8 * 1024;

    explicit HttpRequestHead(qsizetype maxHeadBytes = kMaxHeadBytes);

    /// Takes the next bytes. Once complete or refused the answer stays the same and later bytes (a body, a
    /// second request) are ignored.
    Result<Progress> feed(QByteArrayView bytes);
    /// Only once feed() answered Complete.
    const RequestLine &requestLine() const { return m_request; }
    /// The HTTP status a refusal is answered with: 405, 414, 431, 505, else 400.
    static int statusFor(const Problem &problem);

private:
    Result<Progress> refuse(Problem problem);
    /// A line (without its CRLF) has ended; a Problem when that refuses the head.
    Problem endLine();
    Problem parseRequestLine();

    qsizetype m_maxBytes;
    qsizetype m_bytes = 0;      // of the head so far
    QByteArray m_line;          // the request line, until it ends
    qsizetype m_lineLength = 0; // of the current header line
    bool m_haveRequestLine = false;
    bool m_pendingCr = false;
    bool m_complete = false;
    RequestLine m_request;
    Problem m_problem;
};
