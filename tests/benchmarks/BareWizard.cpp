// The start-up baseline: a bare five-page QWizard of the same size as the product's window,
// built with the same Qt and flags. It shares only the first-paint probe with okta-jwt-wizard.
#include "wizard/FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstPaintProbe::installIfRequested();
    QWizard wizard;
    for (int i = 1; i <= 5; ++i) {
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i));
        page->setSubTitle(QStringLiteral("A bare page with one label and one line edit."));
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Field %1").arg(i)));
        layout->addWidget(new QLineEdit);
        wizard.addPage(page);
    }
    wizard.resize(1120, 760);
    wizard.show();
    return app.exec();
}
