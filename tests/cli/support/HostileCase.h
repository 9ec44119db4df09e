#pragma once

#include "HostileServer.h"
#include "core/RsaKeyPair.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

/// One case of tests/data/hostile/cases.json made real: its files, app directory, token and server routes
/// in a fresh folder, and the command line with the placeholders filled in. The manifest format is
/// described in tests/data/hostile/README.md.
class HostileCase
{
public:
    struct Keys
    {
        RsaKeyPair published; // in the served JWKS as kid "k1"
        RsaKeyPair other;     // never published
    };

    /// `manifest` is the whole cases.json (for its templates and route sets); `item` one of its cases.
    HostileCase(const QJsonObject &manifest, const QJsonObject &item);

    /// Writes everything under `dir` and sets up `server` and `otherHost` (another origin, for the case's
    /// otherRoutes); false (and *error) on a broken manifest entry.
    bool prepare(const QString &dir, HostileServer *server, HostileServer *otherHost, const Keys &keys,
                 QString *error);

    QStringList args;
    QByteArray stdinData;
    QProcessEnvironment env;
    int exitCode = 0;
    QStringList codes;    // each must appear in the --json output or as "okta-jwt: CODE:" on stderr
    QStringList notCodes; // none of these may appear
    QString stderrContains;
    int timeoutMs = 20000;
    int otherHostRequests = -1; // when >= 0: exactly this many requests reach the other host

private:
    QByteArray content(const QJsonValue &spec, QString *error) const;
    QByteArray token(const QJsonObject &spec, QString *error) const;
    QString fill(QString text) const;
    bool writeApp(const QJsonObject &app, QString *error) const;
    void addRoutes(const QJsonObject &routes, HostileServer *server, QString *error) const;

    QJsonObject m_manifest;
    QJsonObject m_item;
    QString m_dir;
    QString m_base;
    QString m_otherBase;
    const Keys *m_keys = nullptr;
};
