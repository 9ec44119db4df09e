#pragma once

#include "sandbox/AdminSandboxRouter.h"

/// The sandbox's draft and deployment endpoints: one draft per App, writes staged in it, deploy applies them
/// once the deployment (polled) reaches `successful`.
class AdminSandboxDrafts
{
public:
    explicit AdminSandboxDrafts(AdminSandboxStore *store) : m_store(store) {}

    AdminSandboxRouter::Reply drafts(AdminSandboxStore::App &app, const QString &method,
                                     const QStringList &rest, const QByteArray &body);
    AdminSandboxRouter::Reply deployment(AdminSandboxStore::App &app, const QString &method,
                                         const QStringList &rest);

private:
    AdminSandboxStore *m_store;
};
