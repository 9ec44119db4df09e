#pragma once

#include <QString>

/// `okta-jwt-wizard --screenshots DIR`: fills the wizard with sample inputs, visits every page and saves
/// one PNG per page (resources/screenshots/take-screenshots.sh runs it under xvfb-run).
class ScreenshotTour
{
public:
    /// Returns the process exit code: 0 when every PNG was written.
    static int run(const QString &outputDir);
};
