#pragma once

#include "AppRuntime.h"
#include "Config.h"
#include "MainWindow.h"
#include "Paths.h"
#include "ReceiverPanel.h"
#include "Resources.h"
#include "SecretStore.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace hooksmith::test {

/// A main window with its own settings file and an in-memory secret store (or `secrets`, such as the real
/// keychain), on the demo workspace.
struct AppFixture
{
    explicit AppFixture(SecretStore* secrets = nullptr)
        : config(dir.filePath(QStringLiteral("settings.ini")))
        , window(&config, secrets ? secrets : &store)
    {
        window.resize(1400, 900);
        // Outboxes in the test's own directory; the runtime is created once the window is shown.
        AppRuntime::Options options;
        options.outboxDir = dir.filePath(QStringLiteral("outbox"));
        window.runtime()->setOptions(options);
        // The demo starts the built-in receiver: on a port the OS picks, never the fixed 8471.
        window.receiverPanel()->setPort(0);
    }

    QTemporaryDir dir;
    Config config;
    MemorySecretStore store{QStringLiteral("test")};
    MainWindow window;

    template <typename T>
    T* find(const char* name) const
    {
        return window.findChild<T*>(QString::fromLatin1(name));
    }
};

/// Picks a combo box entry with the arrow keys, as a user does (each step emits activated()).
inline bool chooseComboData(QComboBox* combo, const QVariant& data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    return combo->currentIndex() == target;
}

} // namespace hooksmith::test
