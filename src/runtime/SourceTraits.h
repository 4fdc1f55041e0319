#pragma once

#include <QtGlobal>

namespace hooksmith {

struct Workspace;

/// A source that can stop reading for a while when deliveries pile up (back-pressure).
class PausableSource
{
public:
    virtual ~PausableSource() = default;
    virtual void setPaused(bool paused) = 0;
};

/// A source whose reading depends on the workspace's devices (an MQTT source subscribes to each device's
/// Pybytes topic): the runtime hands it every workspace it takes, when the source is added and at every
/// change (the app's edits, the relay's reload).
class WorkspaceFollowingSource
{
public:
    virtual ~WorkspaceFollowingSource() = default;
    virtual void workspaceChanged(const Workspace& workspace) = 0;
};

/// A source that acknowledges what it read only once it is safe (an MQTT broker's QoS 1 messages): it
/// gives each signal a ticket (Signal::ticket), and the runtime hands the ticket back once the signal's
/// deliveries are in the store, or at once when the signal fired no webhook. A signal that is never
/// stored (the process stopped first) is never handed back: its sender keeps it.
class AcknowledgingSource
{
public:
    virtual ~AcknowledgingSource() = default;
    virtual void signalStored(quint64 ticket) = 0;
};

} // namespace hooksmith
