#pragma once

#include "core/Finding.h"
#include "core/ProvidersReader.h"
#include "wizard/ModelPage.h"

#include <functional>
#include <memory>

namespace Ui {
class WelcomePage;
}

/// What you need, and where to start: new, a saved profile, a providers.json or an app directory.
class WelcomePage : public ModelPage
{
    Q_OBJECT

public:
    explicit WelcomePage(WizardModel *model, QWidget *parent = nullptr);
    ~WelcomePage() override;

    /// Starts the built-in sandbox and fills the model from it (false with *error when it cannot).
    using SandboxStart = std::function<bool(QString *error)>;
    /// Offers "Try it with the built-in sandbox" when `start` is set (okta-jwt-wizard sets it; tests may
    /// not).
    void setSandboxStart(SandboxStart start);

public slots:
    void startNew();
    void openProfile();
    void importProvidersFile();
    void importAppDirectory();
    void tryWithSandbox();

private:
    /// Asks for a file and reads it; false when cancelled or unreadable (the error is shown).
    bool askAndRead(const QString &caption, const QString &filter, QString *path, QByteArray *data);
    /// False, with the line and column shown, when `r` says the file is malformed.
    bool parsed(const QString &path, const ProvidersReader::Reading &r);
    /// Reads `path` whole; shows the error and returns false when it cannot.
    bool readFile(const QString &path, QByteArray *data);
    /// Shows what was loaded; moves on when nothing needs the user's attention.
    void loaded(const QString &message, const Findings &findings);
    void failed(const QString &message);

    std::unique_ptr<Ui::WelcomePage> ui;
    SandboxStart m_sandboxStart;
};
