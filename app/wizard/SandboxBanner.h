#pragma once

#include <QLabel>

struct SandboxConnection;

/// The strip above the preview that says, for as long as the wizard runs in sandbox mode, that its Okta
/// and Admin API are local simulators and that nothing reaches a real Okta org or MongoDB Atlas.
class SandboxBanner : public QLabel
{
    Q_OBJECT

public:
    explicit SandboxBanner(QWidget *parent = nullptr);

    /// Names the simulators' addresses and shows the banner.
    void showFor(const SandboxConnection &connection);
};
