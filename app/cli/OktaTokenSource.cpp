#include "cli/OktaTokenSource.h"

#include "cli/CliKeychain.h"
#include "cli/CliOutput.h"
#include "cli/ProviderOptions.h"
#include "core/FileReader.h"
#include "net/KeychainStore.h"
#include "net/OktaAdminClient.h"

#include <QProcessEnvironment>

CliOptions OktaTokenSource::options()
{
    return {CliOption::valued(
                QStringLiteral("okta-api-token-file"), QStringLiteral("F"),
                QStringLiteral("File holding the Okta API token; the variable (or OKTA_CLIENT_TOKEN) "
                               "holds the token itself. Given neither, the system keychain entry for "
                               "the Okta domain is used."),
                CliOption::Group::Command, CliOption::Value::File)
                .withEnvironment(QStringLiteral("OKTA_API_TOKEN"))};
}

std::optional<QString> OktaTokenSource::tokenFile(const CommandArgs &parser)
{
    if (!parser.isSet(QStringLiteral("okta-api-token-file")))
        return std::nullopt;
    return parser.value(QStringLiteral("okta-api-token-file"));
}

void OktaTokenSource::read(QObject *owner, KeychainStore *keychain, const CommandArgs &parser,
                           const QString &oktaDomain, const std::function<void(const QByteArray &)> &found,
                           const std::function<void()> &missing)
{
    read(owner, keychain, tokenFile(parser), oktaDomain, found, missing);
}

void OktaTokenSource::read(QObject *owner, KeychainStore *keychain, const std::optional<QString> &tokenFile,
                           const QString &oktaDomain, const std::function<void(const QByteArray &)> &found,
                           const std::function<void()> &missing)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (tokenFile) {
        const Result<QByteArray> file =
            FileReader::read(*tokenFile, FileReader::Kind::Any, ProviderOptions::kMaxSecretFileBytes);
        const QByteArray token = file.valueOr(QByteArray()).trimmed();
        if (token.isEmpty()) {
            CliOutput::error(QStringLiteral("okta_api_token_file"),
                             file ? QStringLiteral("the --okta-api-token-file is empty")
                                  : file.problem().message);
            return missing();
        }
        return found(token);
    }
    for (const char *name : {"OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"}) {
        const QByteArray token = env.value(QLatin1String(name)).trimmed().toUtf8();
        if (!token.isEmpty())
            return found(token);
    }
    const QString key = OktaAdminClient::keychainKey(oktaDomain);
    CliKeychain::readSecret(
        owner, keychain, key, [found](const QString &secret) { found(secret.trimmed().toUtf8()); },
        [key, missing](KeychainStore *store) {
            const QString fix = QStringLiteral("set OKTA_API_TOKEN or pass --okta-api-token-file F");
            using Status = KeychainBackend::Status;
            switch (store->lastStatus()) {
            case Status::Locked:
                CliOutput::error(
                    QStringLiteral("keychain_locked"),
                    QStringLiteral("the system keychain is locked, so the Okta API token cannot be "
                                   "read; unlock it, or %1")
                        .arg(fix));
                break;
            case Status::Denied:
                CliOutput::error(
                    QStringLiteral("keychain_denied"),
                    QStringLiteral("the system keychain refused access to the Okta API token; %1").arg(fix));
                break;
            default:
                CliOutput::error(
                    QStringLiteral("credentials_missing"),
                    QStringLiteral("no Okta API token: the system keychain has no entry %1 (service "
                                   "%2); %3")
                        .arg(key, KeychainStore::serviceName(), fix));
            }
            missing();
        });
}
