#include "wizard/SandboxBanner.h"

#include "core/SandboxConnection.h"

SandboxBanner::SandboxBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("sandboxBannerLabel"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Fixed colours on purpose: the banner must look the same, and stand out, in every theme.
    setStyleSheet(QStringLiteral("QLabel#sandboxBannerLabel { background: #fff3cd; color: #5c4300;"
                                 " border: 2px solid #e0a800; border-radius: 4px; padding: 6px; }"));
    setAccessibleName(tr("Sandbox mode"));
    setVisible(false);
}

void SandboxBanner::showFor(const SandboxConnection &connection)
{
    const QString what =
        tr("Okta and the App Services Admin API are simulated on 127.0.0.1 (Okta %1, Admin API %2). "
           "Nothing here touches your real Okta org or MongoDB Atlas.")
            .arg(connection.oktaDomain, connection.adminApiUrl);
    setText(QStringLiteral("<b>%1</b> %2").arg(tr("Sandbox mode:").toHtmlEscaped(), what.toHtmlEscaped()));
    setAccessibleDescription(what);
    setVisible(true);
}
