#pragma once

#include "core/Finding.h"
#include "core/Problem.h"
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

    /// Offers "Try it with the built-in sandbox" (okta-jwt-wizard does; tests may not): its click asks
    /// sandboxRequested(), whoever starts the sandbox reports back through the show… slots.
    void offerSandbox(bool offered);

signals:
    void sandboxRequested();

public slots:
    void startNew();
    void openProfile();
    void importProvidersFile();
    void importAppDirectory();
    /// The sandbox button disabled and saying so while the sandbox starts.
    void showSandboxStarting();
    /// Says that the wizard is filled in for the sandbox and moves on.
    void showSandboxStarted();
    /// Names the step that failed and why; the inputs stay as they were.
    void showSandboxFailed(const Problem &problem);

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
    void endSandboxStart();

    std::unique_ptr<Ui::WelcomePage> ui;
    QString m_sandboxButtonText; // the button's own text, back once the sandbox answered
};
