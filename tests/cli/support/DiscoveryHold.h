#pragma once

#include <QObject>
#include <QStringList>

class Sandbox;

/// Holds the sandbox's Okta discovery answer until the Admin API login and the App listing have arrived,
/// then answers it. A deploy run meanwhile succeeds only when those requests do not wait for discovery; one
/// that waits for it leaves it held, and one that waits out its timeout gets the answer after hanging up.
class DiscoveryHold : public QObject
{
    Q_OBJECT

public:
    explicit DiscoveryHold(Sandbox *sandbox); // starts holding
    ~DiscoveryHold() override;                // the Okta side answers normally again

    /// Admin API requests ("METHOD last-path-segment") that arrived before discovery was answered.
    QStringList whileHeld() const { return m_whileHeld; }
    /// Whether a discovery request was held, and how many held answers reached a client still waiting.
    bool discoveryHeld() const { return m_discoveryHeld; }
    int answered() const { return m_answered; }
    /// The login and the App listing came first, while discovery was held, and its answer was delivered.
    bool overlapped() const;

private:
    void releaseWhenReady();

    Sandbox *m_sandbox;
    QStringList m_whileHeld;
    bool m_discoveryHeld = false;
    bool m_released = false;
    int m_answered = 0;
};
