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
    QString error;
    OktaState state;
    state.server = OktaReply::server(input, &error);
    if (const auto servers = OktaReply::servers(input, &error); servers && !servers->isEmpty())
        state.server = servers->constFirst();
    if (const auto policies = OktaReply::policies(input, &error))
        state.policies = *policies;
    if (const auto rules = OktaReply::rules(input, &error); rules && !state.policies.isEmpty())
        state.policies.first().rules = *rules;
    if (const auto claims = OktaReply::claims(input, &error))
        state.claims = *claims;
    state.app = OktaReply::app(input, &error);
    (void)OktaReply::createdId(input, nullptr);
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
