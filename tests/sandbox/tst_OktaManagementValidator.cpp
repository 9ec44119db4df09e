#include "sandbox/OktaManagementValidator.h"

#include <QJsonArray>
#include <QTest>

namespace {
QJsonObject server(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), QStringLiteral("d")},
            {QStringLiteral("audiences"), QJsonArray{QStringLiteral("api://a")}}};
}

QJsonObject rule(const QString &grant, const QJsonObject &people)
{
    return {{QStringLiteral("name"), QStringLiteral("r")},
            {QStringLiteral("type"), QStringLiteral("RESOURCE_ACCESS")},
            {QStringLiteral("conditions"),
             QJsonObject{
                 {QStringLiteral("grantTypes"), QJsonObject{{QStringLiteral("include"), QJsonArray{grant}}}},
                 {QStringLiteral("people"), people}}}};
}

QJsonObject claim(const QString &name, const QString &valueType)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("claimType"), QStringLiteral("RESOURCE")},
            {QStringLiteral("valueType"), valueType},
            {QStringLiteral("value"), QStringLiteral("user.email")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")}};
}
} // namespace

class tst_OktaManagementValidator : public QObject
{
    Q_OBJECT

private slots:
    void newServer()
    {
        QCOMPARE(
            OktaManagementValidator::newServer(server(QStringLiteral("a")), {server(QStringLiteral("b"))}),
            QStringList());
        QCOMPARE(
            OktaManagementValidator::newServer(server(QStringLiteral("a")), {server(QStringLiteral("a"))}),
            QStringList{QStringLiteral("name: An authorization server with this name already exists.")});
        QJsonObject two = server(QStringLiteral("a"));
        two.insert(QStringLiteral("audiences"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")});
        QCOMPARE(OktaManagementValidator::newServer(two, {}),
                 QStringList{QStringLiteral("audiences: Okta supports exactly one audience.")});
        QCOMPARE(OktaManagementValidator::newServer({}, {}),
                 (QStringList{QStringLiteral("name: The field cannot be left blank."),
                              QStringLiteral("description: The field cannot be left blank."),
                              QStringLiteral("audiences: The field cannot be left blank."),
                              QStringLiteral("audiences: Okta supports exactly one audience.")}));
    }

    void replacedServer()
    {
        QCOMPARE(OktaManagementValidator::replacedServer(server(QStringLiteral("a"))), QStringList());
        QCOMPARE(OktaManagementValidator::replacedServer(server(QString())).size(), 1);
    }

    void newPolicy()
    {
        QJsonObject policy{{QStringLiteral("name"), QStringLiteral("p")},
                           {QStringLiteral("description"), QStringLiteral("d")},
                           {QStringLiteral("priority"), 1},
                           {QStringLiteral("type"), QStringLiteral("OAUTH_AUTHORIZATION_POLICY")}};
        QCOMPARE(OktaManagementValidator::newPolicy(policy),
                 QStringList{QStringLiteral("conditions.clients.include: At least one client is required.")});
        policy.insert(
            QStringLiteral("conditions"),
            QJsonObject{{QStringLiteral("clients"),
                         QJsonObject{{QStringLiteral("include"), QJsonArray{QStringLiteral("c")}}}}});
        QCOMPARE(OktaManagementValidator::newPolicy(policy), QStringList());
    }

    void newRule()
    {
        const QJsonObject groups{{QStringLiteral("groups"),
                                  QJsonObject{{QStringLiteral("include"), QJsonArray{QStringLiteral("g")}}}}};
        QCOMPARE(OktaManagementValidator::newRule(rule(QStringLiteral("authorization_code"), groups)),
                 QStringList());
        QCOMPARE(OktaManagementValidator::newRule(rule(QStringLiteral("client_credentials"), {})),
                 QStringList());
        const QStringList causes =
            OktaManagementValidator::newRule(rule(QStringLiteral("authorization_code"), {}));
        QCOMPARE(causes.size(), 1);
        QVERIFY(causes.constFirst().contains(QStringLiteral("conditions.people.groups.include")));
    }

    void newClaim()
    {
        const QJsonObject email = claim(QStringLiteral("email"), QStringLiteral("EXPRESSION"));
        QCOMPARE(OktaManagementValidator::newClaim(email, {claim(QStringLiteral("sub"), {})}), QStringList());
        QCOMPARE(
            OktaManagementValidator::newClaim(email, {email}),
            QStringList{QStringLiteral("name: A claim with the same name and claim type already exists.")});
        QCOMPARE(
            OktaManagementValidator::newClaim(claim(QStringLiteral("groups"), QStringLiteral("GROUPS")), {}),
            QStringList{QStringLiteral("group_filter_type: The field cannot be left blank.")});
    }
};

QTEST_GUILESS_MAIN(tst_OktaManagementValidator)
#include "tst_OktaManagementValidator.moc"
