#pragma once

#include "Model.h"
#include "Problem.h"
#include "SecretStore.h"

#include <QCoreApplication>

#include <functional>

namespace hooksmith {

/// Finds every problem in a workspace: each with its webhook (or device, signal), field and a
/// message a person understands.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    static QList<Problem> validate(const Workspace& workspace);
    /// The problems of one webhook (the editor re-checks only the webhook being edited).
    static QList<Problem> validateWebhook(const Workspace& workspace, int index);
    /// One note when webhooks have no "id" in the file (theirs is derived from user_id and the name), for
    /// `validate` and the relay: renaming such a webhook parks what is queued for it.
    static QList<Problem> identityNotes(const Workspace& workspace);
    /// One error per webhook field that uses a secret variable of the active environment kept in the
    /// keychain for which `isStored` says there is no value (the caller knows what the keychain holds).
    static QList<Problem> missingSecretVariables(const Workspace& workspace,
                                                 const std::function<bool(const SecretKey&)>& isStored);
};

} // namespace hooksmith
