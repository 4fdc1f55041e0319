#pragma once

#include "Model.h"
#include "Problem.h"

#include <QCoreApplication>

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
};

} // namespace hooksmith
