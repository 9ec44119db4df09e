#include "DiscoveryHold.h"

#include "sandbox/Sandbox.h"

namespace {
const QStringList kFirstRequests{QStringLiteral("POST login"), QStringLiteral("GET apps")};
}

DiscoveryHold::DiscoveryHold(Sandbox *sandbox) : m_sandbox(sandbox)
{
    m_sandbox->okta()->setFault(OktaSandbox::Fault::Hold, OktaSandbox::Discovery);
    connect(m_sandbox->admin(), &AdminSandbox::requestHandled, this,
            [this](const QString &method, const QString &path) {
                if (!m_released)
                    m_whileHeld << method + QLatin1Char(' ') +
                                       path.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
                releaseWhenReady();
            });
    connect(m_sandbox->okta(), &OktaSandbox::requestHeld, this, [this] {
        m_discoveryHeld = true;
        releaseWhenReady();
    });
}

DiscoveryHold::~DiscoveryHold()
{
    m_sandbox->okta()->setFault(OktaSandbox::Fault::None, OktaSandbox::Discovery);
    m_sandbox->okta()->releaseHeld();
}

void DiscoveryHold::releaseWhenReady()
{
    if (m_released || !m_discoveryHeld || !m_whileHeld.contains(kFirstRequests.at(0)) ||
        !m_whileHeld.contains(kFirstRequests.at(1)))
        return;
    m_released = true;
    m_sandbox->okta()->setFault(OktaSandbox::Fault::None, OktaSandbox::Discovery);
    m_answered = m_sandbox->okta()->releaseHeld();
}

bool DiscoveryHold::overlapped() const
{
    return m_answered == 1 && m_whileHeld.mid(0, 2) == kFirstRequests;
}
