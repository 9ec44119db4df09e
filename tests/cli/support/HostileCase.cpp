#include "HostileCase.h"

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <sys/stat.h>

namespace {
constexpr qint64 kNow = 1700000000; // the cases pass --now with this value

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// `over` on top of `base`; a null member removes the key.
QJsonObject overlay(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QByteArray jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : wrapped.mid(1, wrapped.size() - 2);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}
} // namespace

HostileCase::HostileCase(const QJsonObject &manifest, const QJsonObject &item) : m_manifest(manifest)
{
    const QJsonObject tmpl = manifest.value(QStringLiteral("templates"))
                                 .toObject()
                                 .value(item.value(QStringLiteral("template")).toString())
                                 .toObject();
    m_item = overlay(tmpl, item);
    if (!item.contains(QStringLiteral("args")))
        m_item.insert(QStringLiteral("args"), tmpl.value(QStringLiteral("args")));
    const QJsonObject expect = m_item.value(QStringLiteral("expect")).toObject();
    exitCode = expect.value(QStringLiteral("exit")).toInt(-100);
    codes = strings(expect.value(QStringLiteral("codes")));
    notCodes = strings(expect.value(QStringLiteral("notCodes")));
    stderrContains = expect.value(QStringLiteral("stderr")).toString();
    timeoutMs = expect.value(QStringLiteral("timeoutMs")).toInt(20000);
    otherHostRequests = expect.value(QStringLiteral("otherHostRequests")).toInt(-1);
}

QString HostileCase::fill(QString text) const
{
    // {c*N}: the character c repeated N times, so huge values stay small in the manifest.
    static const QRegularExpression repeat(QStringLiteral("\\{(.)\\*(\\d+)\\}"));
    for (QRegularExpressionMatch m = repeat.match(text); m.hasMatch();
         m = repeat.match(text, m.capturedStart()))
        text.replace(m.capturedStart(), m.capturedLength(), m.captured(1).repeated(m.captured(2).toInt()));
    const QString issuer = m_base + QStringLiteral("/oauth2/default");
    return text.replace(QLatin1String("{dir}"), m_dir)
        .replace(QLatin1String("{file}"), m_dir + QStringLiteral("/input"))
        .replace(QLatin1String("{app}"), m_dir + QStringLiteral("/app"))
        .replace(QLatin1String("{token}"), m_dir + QStringLiteral("/token"))
        .replace(QLatin1String("{issuer}"), issuer)
        .replace(QLatin1String("{jwks}"), issuer + QStringLiteral("/v1/keys"))
        .replace(QLatin1String("{admin}"), m_base + QStringLiteral("/api/admin/v3.0"))
        .replace(QLatin1String("{base}"), m_base)
        .replace(QLatin1String("{other}"), m_otherBase);
}

QByteArray HostileCase::token(const QJsonObject &spec, QString *error) const
{
    const QJsonObject defaultHeader{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                    {QStringLiteral("kid"), QStringLiteral("k1")}};
    const QJsonObject defaultClaims{{QStringLiteral("iss"), fill(QStringLiteral("{issuer}"))},
                                    {QStringLiteral("aud"), QStringLiteral("myapp-abcde")},
                                    {QStringLiteral("sub"), QStringLiteral("ada@example.com")},
                                    {QStringLiteral("cid"), QStringLiteral("0oa1client")},
                                    {QStringLiteral("iat"), kNow - 60},
                                    {QStringLiteral("exp"), kNow + 3600}};
    const auto part = [&](const char *obj, const char *raw, const char *literal, const QJsonObject &def) {
        if (spec.contains(QLatin1String(literal)))
            return fill(spec.value(QLatin1String(literal)).toString()).toUtf8();
        if (spec.contains(QLatin1String(raw)))
            return b64(content(spec.value(QLatin1String(raw)), error));
        const QJsonObject o = spec.value(QStringLiteral("replace")).toBool()
                                  ? spec.value(QLatin1String(obj)).toObject()
                                  : overlay(def, spec.value(QLatin1String(obj)).toObject());
        return b64(fill(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))).toUtf8());
    };
    const QByteArray input = part("header", "headerRaw", "headerB64", defaultHeader) + '.' +
                             part("claims", "claimsRaw", "claimsB64", defaultClaims);
    const QString sign = spec.value(QStringLiteral("sign")).toString(QStringLiteral("rs256"));
    QByteArray signature;
    if (sign == QLatin1String("rs256")) {
        signature = b64(m_keys->published.sign(input));
    } else if (sign == QLatin1String("other")) {
        signature = b64(m_keys->other.sign(input));
    } else if (sign == QLatin1String("flip")) {
        QByteArray raw = m_keys->published.sign(input);
        raw[raw.size() / 2] = char(raw.at(raw.size() / 2) ^ 0x01);
        signature = b64(raw);
    } else if (sign == QLatin1String("hs256")) {
        // Key confusion: the public JWK's text used as an HMAC secret.
        const QByteArray secret =
            QJsonDocument(m_keys->published.publicJwk(QStringLiteral("k1"))).toJson(QJsonDocument::Compact);
        signature = b64(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
    } else if (sign == QLatin1String("literal")) {
        signature = fill(spec.value(QStringLiteral("signature")).toString()).toUtf8();
    } else if (sign != QLatin1String("none")) {
        *error = QStringLiteral("unknown sign \"%1\"").arg(sign);
    }
    return input + '.' + signature;
}

QByteArray HostileCase::content(const QJsonValue &spec, QString *error) const
{
    if (spec.isUndefined() || spec.isNull())
        return {};
    if (spec.isString())
        return fill(spec.toString()).toUtf8();
    if (spec.isArray()) {
        QByteArray out;
        for (const QJsonValue &part : spec.toArray())
            out += content(part, error);
        return out;
    }
    const QJsonObject o = spec.toObject();
    QByteArray piece;
    if (o.contains(QStringLiteral("text")))
        piece = fill(o.value(QStringLiteral("text")).toString()).toUtf8();
    else if (o.contains(QStringLiteral("base64")))
        piece = QByteArray::fromBase64(o.value(QStringLiteral("base64")).toString().toLatin1());
    else if (o.contains(QStringLiteral("json")))
        piece = fill(QString::fromUtf8(jsonText(o.value(QStringLiteral("json"))))).toUtf8();
    else if (o.contains(QStringLiteral("parts")))
        piece = content(o.value(QStringLiteral("parts")), error);
    else if (o.contains(QStringLiteral("token")))
        piece = token(o.value(QStringLiteral("token")).toObject(), error);
    else if (o.contains(QStringLiteral("goodJwks"))) {
        // The published key as kid "k1"; "nokid" leaves its kid out.
        QJsonObject jwk = m_keys->published.publicJwk(QStringLiteral("k1"));
        if (o.value(QStringLiteral("goodJwks")).toString() == QLatin1String("nokid"))
            jwk.remove(QStringLiteral("kid"));
        piece = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}})
                    .toJson(QJsonDocument::Compact);
    } else if (o.contains(QStringLiteral("file"))) {
        QFile f(QStringLiteral(OWZ_TEST_DATA "/hostile/") + o.value(QStringLiteral("file")).toString());
        if (!f.open(QIODevice::ReadOnly))
            *error = QStringLiteral("cannot read %1").arg(f.fileName());
        piece = f.readAll();
    } else
        *error = QStringLiteral("unknown content spec %1")
                     .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    return piece.repeated(o.value(QStringLiteral("times")).toInt(1));
}

bool HostileCase::writeApp(const QJsonObject &tree, QString *error) const
{
    const QString root = fill(tree.value(QStringLiteral("root")).toString(QStringLiteral("{app}")));
    QJsonObject files = tree.value(QStringLiteral("files")).toObject();
    if (tree.contains(QStringLiteral("providers"))) {
        files.insert(QStringLiteral("realm_config.json"), QStringLiteral("{\"config_version\": 20210101}\n"));
        files.insert(QStringLiteral("auth/providers.json"), tree.value(QStringLiteral("providers")));
    }
    QDir().mkpath(root);
    for (const QString &dir : strings(tree.value(QStringLiteral("dirs"))))
        QDir().mkpath(root + QLatin1Char('/') + dir);
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content(it.value(), error)) < 0) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
    }
    const QJsonObject links = tree.value(QStringLiteral("symlinks")).toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!QFile::link(fill(it.value().toString()), path)) {
            *error = QStringLiteral("cannot link %1").arg(path);
            return false;
        }
    }
    for (const QString &fifo : strings(tree.value(QStringLiteral("fifos")))) {
        const QString path = root + QLatin1Char('/') + fifo;
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (mkfifo(QFile::encodeName(path).constData(), 0600) != 0) {
            *error = QStringLiteral("cannot create the FIFO %1").arg(path);
            return false;
        }
    }
    // Permission bits, octal, e.g. a journal readable by others ("644") or a private one ("600").
    const QJsonObject modes = tree.value(QStringLiteral("modes")).toObject();
    for (auto it = modes.begin(); it != modes.end(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        bool ok = false;
        const uint mode = it.value().toString().toUInt(&ok, 8);
        if (!ok || ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) != 0) {
            *error = QStringLiteral("cannot chmod %1 to %2").arg(path, it.value().toString());
            return false;
        }
    }
    return error->isEmpty();
}

void HostileCase::addRoutes(const QJsonObject &routes, HostileServer *server, QString *error) const
{
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        HostileServer::Reply reply;
        reply.status = r.value(QStringLiteral("status")).toInt(200);
        reply.body = content(r.value(QStringLiteral("body")), error);
        if (r.contains(QStringLiteral("raw")))
            reply.raw = content(r.value(QStringLiteral("raw")), error);
        reply.hang = r.value(QStringLiteral("hang")).toBool();
        reply.endless = r.value(QStringLiteral("endless")).toBool();
        const QJsonObject headers = r.value(QStringLiteral("headers"))
                                        .toObject({{QStringLiteral("Content-Type"), "application/json"}});
        for (auto h = headers.begin(); h != headers.end(); ++h)
            reply.headers << qMakePair(h.key().toUtf8(), fill(h.value().toString()).toUtf8());
        server->route(it.key(), reply);
    }
}

bool HostileCase::prepare(const QString &dir, HostileServer *server, HostileServer *otherHost,
                          const Keys &keys, QString *error)
{
    m_dir = dir;
    m_base = server->baseUrl();
    m_otherBase = otherHost->baseUrl();
    stderrContains = fill(stderrContains);
    m_keys = &keys;
    env = isolatedEnvironment(dir);
    const QJsonObject extraEnv = m_item.value(QStringLiteral("env")).toObject();
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), fill(it.value().toString()));

    for (const QString &arg :
         strings(m_item.value(QStringLiteral("args"))) + strings(m_item.value(QStringLiteral("extraArgs"))))
        args << fill(arg);
    if (m_item.contains(QStringLiteral("stdin")))
        stdinData = content(m_item.value(QStringLiteral("stdin")), error);
    QJsonObject files = m_item.value(QStringLiteral("files")).toObject();
    if (m_item.contains(QStringLiteral("input")))
        files.insert(QStringLiteral("input"), m_item.value(QStringLiteral("input")));
    if (m_item.contains(QStringLiteral("token")))
        files.insert(QStringLiteral("token"),
                     QJsonObject{{QStringLiteral("token"), m_item.value(QStringLiteral("token"))}});
    QJsonObject top{{QStringLiteral("root"), QStringLiteral("{dir}")}, {QStringLiteral("files"), files}};
    for (const char *key : {"symlinks", "fifos", "dirs", "modes"})
        top.insert(QLatin1String(key), m_item.value(QLatin1String(key)));
    if (!writeApp(top, error))
        return false;
    if (m_item.contains(QStringLiteral("app")) &&
        !writeApp(m_item.value(QStringLiteral("app")).toObject(), error))
        return false;

    QJsonObject routes;
    const QJsonObject sets = m_manifest.value(QStringLiteral("routeSets")).toObject();
    for (const QString &set : strings(m_item.value(QStringLiteral("routeSets"))))
        routes = overlay(routes, sets.value(set).toObject());
    routes = overlay(routes, m_item.value(QStringLiteral("routes")).toObject());
    addRoutes(routes, server, error);
    addRoutes(m_item.value(QStringLiteral("otherRoutes")).toObject(), otherHost, error);
    if (exitCode == -100)
        *error = QStringLiteral("the case has no expect.exit");
    return error->isEmpty();
}
