// libFuzzer target: Profile::fromJson; what it accepts must survive a save and reload unchanged.
#include "core/Profile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Profile::Result r = Profile::fromJson(input);
    if (!r.ok)
        return 0;
    const Profile::Result again = Profile::fromJson(Profile::toJson(r.settings));
    if (!again.ok || again.settings != r.settings)
        abort();
    return 0;
}
