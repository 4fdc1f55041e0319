// A tiny program for the tests: uses the secret store the way the application does, in an
// environment the test sets up (for instance without a D-Bus session), and reports what happened.
// The secret comes from HOOKSMITH_PROBE_SECRET so that it never shows in the process list. With
// --probe it only calls SecretStore::probe() and reports whether that found no keychain.
#include "SecretStoreFactory.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hooksmith;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString secret = qEnvironmentVariable("HOOKSMITH_PROBE_SECRET");
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);

    SecretStore* store = createSecretStore(&app);
    int persistenceSignals = 0;
    QObject::connect(store, &SecretStore::persistenceChanged, &app, [&](bool persistent) {
        if (!persistent)
            ++persistenceSignals;
    });

    if (args.value(0) == u"--probe"_s) {
        // Only probe(): it alone must find out that there is no keychain, and say so.
        QObject::connect(store, &SecretStore::persistenceChanged, &app, [&] {
            out << "signals=" << persistenceSignals << '\n' << "persistent=" << (store->isPersistent() ? 1 : 0) << '\n';
            out.flush();
            QCoreApplication::quit();
        });
        QTimer::singleShot(30000, &app, [&] {
            out << "signals=0\n";
            out.flush();
            QCoreApplication::exit(3);
        });
        store->probe();
        return QCoreApplication::exec();
    }

    const QString scope = args.value(0, u"probe"_s);

    const SecretKey key{scope, u"00000000-0000-4000-8000-0000000000aa"_s, SecretKey::Field::Password};
    QStringList order;
    // Two writes and a read queued at once: the read must see the second write.
    store->write(key, u"first-"_s + secret, [&](const Status& st) {
        order.append(u"write1"_s);
        out << "write1=" << (st ? u"ok"_s : st.errorMessage()) << '\n';
    });
    store->write(key, secret, [&](const Status& st) {
        order.append(u"write2"_s);
        out << "write2=" << (st ? u"ok"_s : st.errorMessage()) << '\n';
    });
    store->read(key, [&](const Result<std::optional<QString>>& r) {
        order.append(u"read"_s);
        if (!r)
            out << "read=" << r.errorMessage() << '\n';
        else
            out << "read=" << (!r.value() ? u"missing"_s : *r.value() == secret ? u"matches"_s : u"differs"_s) << '\n';
        store->remove(key, [&](const Status& st) {
            out << "remove=" << (st ? u"ok"_s : st.errorMessage()) << '\n';
            store->read(key, [&](const Result<std::optional<QString>>& again) {
                out << "after-remove=" << (again && !again.value() ? u"missing"_s : u"present"_s) << '\n';
                out << "order=" << order.join(u',') << '\n';
                out << "persistent=" << (store->isPersistent() ? 1 : 0) << '\n';
                out << "signals=" << persistenceSignals << '\n';
                out << "reason=" << store->unavailableReason() << '\n';
                out.flush();
                QCoreApplication::quit();
            });
        });
    });
    return QCoreApplication::exec();
}
