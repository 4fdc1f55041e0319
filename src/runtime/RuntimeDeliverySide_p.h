#pragma once

#include "Runtime.h"

#include <deque>
#include <memory>

namespace hooksmith {

/// The delivery side of one workspace file: its store, engine and dispatcher. Replaced when the app
/// opens another file; the sources stay with the runtime.
struct Runtime::DeliverySide : QObject
{
    QString workspacePath;
    QString outboxPath; ///< empty: memory
    DeliveryStore* store = nullptr;
    Outbox* outbox = nullptr;
    std::unique_ptr<DeliveryEngine> engine;
    std::unique_ptr<Dispatcher> dispatcher;
    bool ready = false;
    bool retiring = false;
    /// Batches handed to the store and not yet accepted or refused, in the order they were handed over.
    std::deque<Batch> unconfirmed;

    ~DeliverySide() override
    {
        // The engine first (it gives back what it holds), then the store (it writes that down).
        engine.reset();
        dispatcher.reset();
        delete store;
    }
};

} // namespace hooksmith
