#include "cli/AdminOptions.h"

#include "cli/ProviderOptions.h"
#include "core/FileReader.h"
#include "net/KeychainStore.h"

#include <QProcessEnvironment>

namespace {
// Keys are short: a bigger file is the wrong one, and is refused rather than cut.
bool readSmallFile(const QString &path, QString *value, QString *error)
{
    const Result<QByteArray> file =
        FileReader::read(path, FileReader::Kind::Any, ProviderOptions::kMaxSecretFileBytes);
    if (!file) {
        *error = file.problem().message;
        return false;
    }
    *value = QString::fromUtf8(*file).trimmed();
    return true;
}
} // namespace

CliOptions AdminOptions::options()
{
    using O = CliOption;
    const O::Group g = O::Group::AdminApi;
    return {
        O::valued(QStringLiteral("project-id"), QStringLiteral("ID"),
                  QStringLiteral("Atlas project (group) id."), g),
        O::valued(QStringLiteral("app"), QStringLiteral("CLIENT_APP_ID"),
                  QStringLiteral("The App's Client App ID, e.g. myapp-abcde."), g),
        O::valued(QStringLiteral("app-id"), QStringLiteral("ID"),
                  QStringLiteral("The App's internal _id, instead of --app."), g),
        O::valued(QStringLiteral("admin-api"), QStringLiteral("URL"), QStringLiteral("Admin API base URL."),
                  g)
            .withDefault(QLatin1String(kDefaultBaseUrl)),
        O::valued(QStringLiteral("public-key"), QStringLiteral("K"), QStringLiteral("Atlas public API key."),
                  g)
            .withEnvironment(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY")),
        O::valued(QStringLiteral("private-key-file"), QStringLiteral("F"),
                  QStringLiteral("File holding the private API key; the variable holds the key itself. Given "
                                 "neither, the system keychain entry for the public key is used."),
                  g, O::Value::File)
            .withEnvironment(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY")),
    };
}

AdminOptions::Parsed AdminOptions::read(const CommandArgs &p)
{
    Parsed r;
    r.projectId = p.value(QStringLiteral("project-id"));
    r.clientAppId = p.value(QStringLiteral("app"));
    r.appId = p.value(QStringLiteral("app-id"));
    if (r.projectId.isEmpty() || (r.clientAppId.isEmpty() && r.appId.isEmpty())) {
        r.errorCode = QStringLiteral("usage");
        r.error = QStringLiteral("give --project-id and --app CLIENT_APP_ID (or --app-id ID)");
        return r;
    }
    Parsed withKey = readCredentials(p);
    withKey.projectId = r.projectId;
    withKey.clientAppId = r.clientAppId;
    withKey.appId = r.appId;
    return withKey;
}

AdminOptions::Parsed AdminOptions::readCredentials(const CommandArgs &p)
{
    Parsed r;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    r.baseUrl = p.value(QStringLiteral("admin-api"));
    r.publicKey = p.isSet(QStringLiteral("public-key"))
                      ? p.value(QStringLiteral("public-key"))
                      : env.value(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"));
    if (p.isSet(QStringLiteral("private-key-file"))) {
        if (!readSmallFile(p.value(QStringLiteral("private-key-file")), &r.privateKey, &r.error)) {
            r.errorCode = QStringLiteral("private_key_file");
            return r;
        }
    } else {
        r.privateKey = env.value(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"));
    }
    // A public key without a private one: the command looks the private key up in the system keychain.
    if (r.publicKey.isEmpty()) {
        r.errorCode = QStringLiteral("credentials_missing");
        r.error = QStringLiteral(
            "no Atlas API key: set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY, "
            "or pass --public-key and --private-key-file");
        return r;
    }
    r.ok = true;
    return r;
}

void AdminOptions::keychainMiss(KeychainBackend::Status status, const QString &detail, Parsed *admin)
{
    using Status = KeychainBackend::Status;
    const QString fix = QStringLiteral("set MONGODB_ATLAS_PRIVATE_API_KEY or pass --private-key-file F");
    const QString key = admin->publicKey;
    admin->ok = false;
    admin->errorCode = QStringLiteral("credentials_missing");
    switch (status) {
    case Status::Ok:
    case Status::NotFound:
        admin->error =
            QStringLiteral("no private API key: the system keychain has no entry for public key %1 "
                           "(service %2); %3")
                .arg(key, KeychainStore::serviceName(), fix);
        return;
    case Status::NoService:
        admin->error = QStringLiteral("no private API key: no system keychain service answers (%1); %2")
                           .arg(detail, fix);
        return;
    case Status::Locked:
        admin->errorCode = QStringLiteral("keychain_locked");
        admin->error =
            QStringLiteral("the system keychain is locked and was not unlocked, so the key for public "
                           "key %1 cannot be read (without a desktop session no unlock prompt can "
                           "be shown, or it was dismissed); unlock the login keyring first, or %2")
                .arg(key, fix);
        return;
    case Status::Denied:
        admin->errorCode = QStringLiteral("keychain_denied");
        admin->error = QStringLiteral("the system keychain refused access to the key for public key %1 (%2); "
                                      "allow okta-jwt access in the keychain, or %3")
                           .arg(key, detail, fix);
        return;
    case Status::Failed:
        break;
    }
    admin->errorCode = QStringLiteral("keychain_error");
    admin->error = QStringLiteral("the system keychain could not read the key for public key %1 (%2); %3")
                       .arg(key, detail, fix);
}
