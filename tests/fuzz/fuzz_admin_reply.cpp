// libFuzzer target: every AdminReply parser and AdminApiError::fromReply on the same body. The first byte
// picks the HTTP status of the error reply.
#include "core/AdminApiError.h"
#include "core/AdminReply.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)AdminReply::login(input);
    (void)AdminReply::refresh(input);
    if (const auto apps = AdminReply::apps(input))
        (void)AdminReply::findApp(*apps, QStringLiteral("myapp-abcde"));
    if (const auto providers = AdminReply::providers(input))
        (void)AdminReply::customToken(*providers);
    // The provider object is the one reply kept as JSON: parse, serialize, parse gives the same object. (The
    // other replies become structs without a serialized form.) Not with a U+FEFF in the input: Qt 6.4's
    // parser drops it from a key after placing the key by its full text, so its objects do not compare equal.
    const auto provider = AdminReply::provider(input);
    if (provider && !input.contains("\xEF\xBB\xBF")) {
        const auto again = AdminReply::provider(QJsonDocument(*provider).toJson(QJsonDocument::Compact));
        if (!again || *again != *provider)
            abort();
    }
    (void)AdminReply::secrets(input);
    (void)AdminReply::secret(input);
    (void)AdminReply::drafts(input);
    (void)AdminReply::draft(input);
    if (const auto d = AdminReply::deployment(input)) {
        (void)d->isFinished();
        (void)d->isSuccessful();
    }
    (void)AdminReply::draftDiff(input);

    static const int statuses[] = {400, 401, 403, 404, 409, 429, 500, 502, 503, 0, 302, 200};
    const int status = size ? statuses[data[0] % (sizeof statuses / sizeof *statuses)] : 500;
    const AdminApiError e = AdminApiError::fromReply(status, input.mid(size ? 1 : 0));
    (void)e.cause();
    (void)e.fix;
    (void)e.toLine();
    (void)e.toJson();
    (void)e.isInvalidSession();
    (void)e.isDraftAlreadyExists();
    return 0;
}
