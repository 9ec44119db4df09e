#pragma once

#include "core/Finding.h"

#include <QStringList>

/// "code" for errors and "warning:code" for warnings, to compare findings in one QCOMPARE.
inline QStringList findingCodes(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << (f.isError() ? f.code : QStringLiteral("warning:") + f.code);
    return out;
}
