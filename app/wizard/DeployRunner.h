#pragma once

#include "core/DeployResult.h"

#include <QObject>
#include <QString>

#include <functional>

class AppPicker;
class Deployer;
class DeployConnection;
class DeployProgress;
class DeployResultView;
class QCheckBox;
class QLineEdit;
class SigningKeyValuesEditor;
class WizardModel;

/// Drives the deploy panel's Diff and Deploy runs: builds the Deployer's request from the panel's fields,
/// asks before replacing a different provider, and hands each result to the model.
class DeployRunner : public QObject
{
    Q_OBJECT

public:
    /// Asked before replacing a different provider (title, text, details = the diff); true means replace.
    using ConfirmHook =
        std::function<bool(const QString &title, const QString &text, const QString &details)>;

    struct Parts
    {
        DeployConnection *connection;
        AppPicker *picker;
        SigningKeyValuesEditor *signingKeys;
        QLineEdit *projectId;
        QCheckBox *useDraft;
        DeployProgress *progress;
        DeployResultView *resultView;
    };

    /// `panel` owns the runner and parents the replace question.
    DeployRunner(Deployer *deployer, WizardModel *model, const Parts &parts, QWidget *panel);

    /// A Diff (`dryRun`) or a Deploy run for the picked App; the panel has checked the inputs.
    void start(bool dryRun);
    void setConfirmHook(ConfirmHook hook);

signals:
    /// The run is over; emitted before its result reaches the model, so the panel is idle again by then.
    void ending();
    /// A Deploy run ended (after the replace question, if one was asked).
    void deployed(const DeployResult &result);

private:
    void startDeployer(bool dryRun, bool replace, const QString &appId);
    void onDeployerFinished(const DeployResult &result);
    /// A Deploy run ended: the result goes to the model and the log.
    void finishDeploy(const DeployResult &result);
    void askReplace(const DeployResult &result);

    Deployer *m_deployer;
    WizardModel *m_model;
    Parts m_parts;
    QWidget *m_panel;
    ConfirmHook m_confirm;
    bool m_dryRun = false;
    bool m_replacing = false;
};
