#include "core/OktaSetupStep.h"

QString OktaSetupStep::actionKey() const
{
    switch (action) {
    case Action::AlignAudience:
        return QStringLiteral("align_audience");
    case Action::ReplaceAudience:
        return QStringLiteral("replace_audience");
    case Action::CreateServer:
        return QStringLiteral("create_auth_server");
    case Action::CreatePolicy:
        return QStringLiteral("create_policy");
    case Action::CreateRule:
        return QStringLiteral("create_rule");
    case Action::CreateClaim:
        return QStringLiteral("create_claim");
    }
    return {};
}

QJsonObject OktaSetupStep::toJson() const
{
    return {{QStringLiteral("action"), actionKey()},
            {QStringLiteral("object"), object},
            {QStringLiteral("detail"), detail}};
}
