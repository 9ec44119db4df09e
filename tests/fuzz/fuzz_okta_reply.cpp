// libFuzzer target: every OktaReply parser on the same body, then OktaSetupPlan on whatever state they
// accept. The plan must hold its invariants on any state: every step says what it does, and a plan with an
// error finding is blocked.
#include "core/OktaReply.h"
#include "core/OktaSetupPlan.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    OktaState state;
    // A parser that refuses the input says why: a Problem without a code or message is a bug.
    const auto checked = [](const auto &result) {
        if (!result && (result.problem().code.isEmpty() || result.problem().message.isEmpty()))
            abort();
        return bool(result);
    };
    if (const auto server = OktaReply::server(input); checked(server))
        state.server = *server;
    if (const auto servers = OktaReply::servers(input); checked(servers) && !servers->isEmpty())
        state.server = servers->constFirst();
    if (const auto policies = OktaReply::policies(input); checked(policies))
        state.policies = *policies;
    if (const auto rules = OktaReply::rules(input); checked(rules) && !state.policies.isEmpty())
        state.policies.first().rules = *rules;
    if (const auto claims = OktaReply::claims(input); checked(claims))
        state.claims = *claims;
    if (const auto app = OktaReply::app(input); checked(app))
        state.app = *app;
    (void)checked(OktaReply::createdId(input));
    if (const auto e = OktaReply::error(input); e && e->code.isEmpty())
        abort(); // an error envelope always has its code
    (void)OktaReply::nextLink(input);
    (void)state.toJson();

    ProviderSettings settings;
    settings.oktaDomain = QStringLiteral("dev-1.okta.com");
    settings.metadataFields = {{QStringLiteral("email"), {}, true},
                               {QStringLiteral("groups"), {}, false},
                               {QStringLiteral("profile.department"), {}, false}};
    OktaSetupPlan::Options options;
    options.replaceAudience = size % 2 == 1;
    const OktaSetupPlan plan =
        OktaSetupPlan::make(state, settings, QStringLiteral("app-x"), QStringLiteral("0oaclient"), options);
    for (const OktaSetupStep &step : plan.steps()) {
        if (step.detail.isEmpty() || step.actionKey().isEmpty())
            abort();
    }
    if (!plan.isBlocked()) // the nested claim is always reported
        abort();
    (void)plan.stepsJson();
    return 0;
}
