// libFuzzer target: Profile::fromJson; what it accepts must survive a save and reload unchanged.
#include "core/Profile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ProviderSettings> r = Profile::fromJson(input);
    if (!r)
        return 0;
    const Result<ProviderSettings> again = Profile::fromJson(Profile::toJson(*r));
    if (!again || *again != *r)
        abort();
    return 0;
}
