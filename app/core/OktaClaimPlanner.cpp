#include "core/OktaClaimPlanner.h"

#include "core/FieldKeys.h"

#include <QJsonArray>
#include <QSet>

const QStringList &OktaClaimPlanner::defaultAccessTokenClaims()
{
    static const QStringList claims{QStringLiteral("sub"), QStringLiteral("uid"),      QStringLiteral("cid"),
                                    QStringLiteral("scp"), QStringLiteral("iss"),      QStringLiteral("aud"),
                                    QStringLiteral("iat"), QStringLiteral("exp"),      QStringLiteral("jti"),
                                    QStringLiteral("ver"), QStringLiteral("auth_time")};
    return claims;
}

QString OktaClaimPlanner::knownExpression(const QString &claim)
{
    static const QMap<QString, QString> known{
        {QStringLiteral("email"), QStringLiteral("user.email")},
        {QStringLiteral("name"), QStringLiteral("user.firstName + \" \" + user.lastName")},
        {QStringLiteral("given_name"), QStringLiteral("user.firstName")},
        {QStringLiteral("family_name"), QStringLiteral("user.lastName")},
        {QStringLiteral("preferred_username"), QStringLiteral("user.login")},
        {QStringLiteral("locale"), QStringLiteral("user.locale")},
        {QStringLiteral("zoneinfo"), QStringLiteral("user.timezone")}};
    return known.value(claim);
}

QJsonObject OktaClaimPlanner::claimBody(const QString &claim, const QString &expression)
{
    const bool groups = expression.isEmpty() && claim == QLatin1String("groups");
    QJsonObject body{
        {QStringLiteral("name"), claim},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("claimType"), QStringLiteral("RESOURCE")},
        {QStringLiteral("valueType"), groups ? QStringLiteral("GROUPS") : QStringLiteral("EXPRESSION")},
        {QStringLiteral("value"), groups ? QStringLiteral(".*") : expression},
        {QStringLiteral("alwaysIncludeInToken"), true},
        {QStringLiteral("conditions"), QJsonObject{{QStringLiteral("scopes"), QJsonArray()}}}};
    if (groups)
        body.insert(QStringLiteral("group_filter_type"), QStringLiteral("REGEX"));
    return body;
}

void OktaClaimPlanner::plan(const OktaState &state, const ProviderSettings &settings,
                            const QMap<QString, QString> &claimValues, QList<OktaSetupStep> *steps,
                            Findings *findings)
{
    QSet<QString> done;
    for (qsizetype i = 0; i < settings.metadataFields.size(); ++i) {
        const MetadataField &f = settings.metadataFields.at(i);
        const QStringList segments = f.pathSegments();
        const QString top = segments.value(0);
        const QString field = FieldKeys::metadataField(i, "name");
        if (top.isEmpty() || defaultAccessTokenClaims().contains(top) || done.contains(f.name))
            continue;
        done.insert(f.name);
        if (segments.size() > 1) {
            findings->append(Finding::error(
                QStringLiteral("okta_claim_nested"), field,
                tr("\"%1\" is a nested path; an Okta claim has a top-level name, so none can be created for "
                   "it.")
                    .arg(f.name),
                tr("Map a top-level claim instead, e.g. \"%1\" created with --claim-value %1=user.%1.")
                    .arg(segments.constLast())));
            continue;
        }
        const QString expression = claimValues.value(top, knownExpression(top));
        if (expression.isEmpty() && top != QLatin1String("groups")) {
            findings->append(Finding::error(
                QStringLiteral("okta_claim_unknown"), field,
                tr("Okta has no known value for the claim \"%1\"; it is not guessed.").arg(top),
                tr("Give its Okta expression with --claim-value %1=EXPRESSION (e.g. user.%1), or map another "
                   "claim.")
                    .arg(top)));
            continue;
        }
        const QJsonObject body = claimBody(top, expression);
        const QString value = body.value(QStringLiteral("value")).toString();
        const QString valueType = body.value(QStringLiteral("valueType")).toString();
        const OktaState::Claim *existing = nullptr;
        for (const OktaState::Claim &c : state.claims) {
            if (c.name == top && c.claimType == QLatin1String("RESOURCE"))
                existing = &c;
        }
        if (!existing) {
            const QString shown =
                valueType == QLatin1String("GROUPS") ? tr("groups matching %1").arg(value) : value;
            steps->append(OktaSetupStep{OktaSetupStep::Action::CreateClaim,
                                        tr("claim %1").arg(top),
                                        tr("create claim %1 = %2 in access tokens").arg(top, shown),
                                        body,
                                        {},
                                        {}});
        } else if (!existing->isActive()) {
            findings->append(Finding::warning(
                QStringLiteral("okta_claim_inactive"), field,
                tr("The access-token claim \"%1\" exists but is inactive; it is left unchanged.").arg(top),
                tr("Activate it in the Okta Admin Console (Security → API → Claims).")));
        } else if (existing->valueType != valueType || existing->value != value) {
            findings->append(Finding::warning(
                QStringLiteral("okta_claim_differs"), field,
                tr("The access-token claim \"%1\" exists with the value %2 (not %3); it is left unchanged.")
                    .arg(top, existing->value, value),
                tr("Change it in the Okta Admin Console if App Services should get %1.").arg(value)));
        }
    }
    for (auto it = claimValues.begin(); it != claimValues.end(); ++it) {
        if (!done.contains(it.key()))
            findings->append(Finding::warning(
                QStringLiteral("okta_claim_value_unused"), QStringLiteral("claimValue"),
                tr("--claim-value %1 names no mapped metadata claim; it is not used.").arg(it.key()),
                tr("Add a metadata field for \"%1\", or drop the value.").arg(it.key())));
    }
}
