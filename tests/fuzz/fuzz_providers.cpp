// libFuzzer target: providers.json read (both forms), merge and write. Whatever a merge writes must read
// back as a providers file holding the custom-token provider it was given.
#include "core/ProvidersMerger.h"
#include "core/ProvidersReader.h"
#include "core/ProvidersWriter.h"

#include <cstdint>
#include <cstdlib>

namespace {
ProviderSettings fixedSettings()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-1.okta.com");
    s.audience = QStringList{QStringLiteral("api://default")};
    s.metadataFields = {{QStringLiteral("sub"), QString(), true},
                        {QStringLiteral("a\\.b.c"), QStringLiteral("dotted"), false}};
    s.clientAppId = QStringLiteral("myapp-abcde");
    return s;
}

void expectReadsBack(const ProvidersMerger::Merge &m, bool legacy, const ProviderSettings *same)
{
    if (m.action != ProvidersMerger::Action::Added && m.action != ProvidersMerger::Action::Replaced &&
        m.action != ProvidersMerger::Action::Unchanged)
        return;
    const ProvidersReader::Reading back =
        legacy ? ProvidersReader::readLegacyFile(m.text) : ProvidersReader::readProvidersFile(m.text);
    if (!back.ok() || !back.found || (same && !back.settings.sameProviderAs(*same)))
        abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const ProviderSettings settings = fixedSettings();

    const ProvidersReader::Reading any = ProvidersReader::readAny(input);
    (void)ProvidersReader::readProvidersFile(input);
    (void)ProvidersReader::readLegacyFile(input);
    const JsonStyle style = ProvidersMerger::detectStyle(input);
    if (any.ok() && any.found) {
        (void)ProvidersWriter::providersFile(any.settings);
        (void)ProvidersWriter::providerText(any.settings, style, 1, any.legacyId);
        (void)ProvidersWriter::providerObject(any.settings);
        // What was read, merged into a new file, reads back as a provider.
        expectReadsBack(ProvidersMerger::mergeProvidersFile({}, any.settings, true), false, nullptr);
    }
    for (const bool replace : {false, true}) {
        expectReadsBack(ProvidersMerger::mergeProvidersFile(input, settings, replace), false, &settings);
        expectReadsBack(ProvidersMerger::mergeLegacyFile(input, style, settings, replace), true, &settings);
    }
    return 0;
}
