#include "DeliveryEngine.h"

#include "SecretResolver.h"
#include "SecretStore.h"
#include "Transport.h"
#include "Validator.h"

#include <QPointer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace hooksmith {

/// One attempt under way (reading secrets, or sent and waiting for the answer).
struct DeliveryEngine::InFlight
{
    DeliveryItem item;
    std::shared_ptr<const Workspace> workspace; ///< the snapshot the attempt renders with
    const Webhook* webhook = nullptr;
    int attemptInRound = 1;
    int maxAttempts = 1;
    QDateTime startedAt;
    QElapsedTimer clock;
    std::optional<quint64> transportId;
    std::optional<RenderedRequest> rendered; ///< as sent
    std::optional<RenderedRequest> masked;   ///< as shown, with EngineOptions::reportRequests
    SecretValues secrets;
    bool aborted = false;
    bool direct = false;    ///< a test send (sendOnce())
    bool cancelled = false; ///< a test send ended by cancel()
};

/// What an attempt came to, on its way into the store; reported once the store has written it.
struct DeliveryEngine::Outcome
{
    enum class Kind : quint8
    {
        Attempted, ///< `report` and `decision` say what happened
        Parked,    ///< no attempt: the webhook is gone or disabled
    };
    Kind kind = Kind::Attempted;
    DeliveryItem item;
    AttemptRecord record;
    bool hasRecord = false;
    AttemptReport report;
    QString parkReason;
    bool newlyDisabled = false;
    bool rewriting = false; ///< written again after the store could not write it
};

namespace {

constexpr int kFirstRewriteDelayMs = 250;
constexpr int kMaxRewriteDelayMs = 5000;

AttemptFacts factsFrom(const AttemptResult& r, QString summary)
{
    AttemptFacts f;
    f.summary = std::move(summary);
    switch (r.outcome) {
    case AttemptResult::Outcome::Success:
    case AttemptResult::Outcome::HttpError:
        f.kind = AttemptFacts::Kind::Response;
        f.status = r.status;
        f.retryAfterSeconds = r.retryAfterSeconds;
        break;
    case AttemptResult::Outcome::Timeout:
        f.kind = AttemptFacts::Kind::Timeout;
        break;
    case AttemptResult::Outcome::NetworkError:
        f.kind = AttemptFacts::Kind::NetworkError;
        break;
    case AttemptResult::Outcome::TlsError:
        f.kind = AttemptFacts::Kind::TlsError;
        break;
    }
    return f;
}

QString summarize(const AttemptResult& r)
{
    if (r.outcome == AttemptResult::Outcome::Success || r.outcome == AttemptResult::Outcome::HttpError) {
        QString s = QString::number(r.status);
        if (!r.reason.isEmpty())
            s += u' ' + QString::fromLatin1(r.reason);
        // A redirect that was not followed, or not to the end: where it went and why it stopped.
        if (r.status >= 300 && r.status < 400 && !r.errorMessage.isEmpty())
            s += u": "_s + r.errorMessage;
        return s;
    }
    if (!r.errorMessage.isEmpty())
        return r.errorMessage;
    return r.outcome == AttemptResult::Outcome::Timeout ? DeliveryEngine::tr("no answer within the timeout")
                                                        : DeliveryEngine::tr("the request failed");
}

} // namespace

DeliveryEngine::DeliveryEngine(DeliveryStore* store, Transport* transport, const EngineOptions& options,
                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
    , m_options(options)
    , m_env(systemEnvironment())
{
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_options.readAhead = std::max(1, m_options.readAhead);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, [this] {
        m_wakeAt = {};
        wake();
    });
    connect(m_store, &DeliveryStore::acceptedHandedOut, this, [this](const QList<DeliveryItem>& deliveries) {
        m_handedOutOnAccept = int(deliveries.size());
        if (!m_running) {
            for (const DeliveryItem& d : deliveries)
                m_store->release(d.messageId);
            return;
        }
        for (const DeliveryItem& d : deliveries)
            m_ready.push_back(d);
        pump();
    });
    connect(m_store, &DeliveryStore::acceptedQueued, this, [this](int count) { m_queuedOnAccept = count; });
    connect(m_store, &DeliveryStore::accepted, this, [this](const QStringList& messageIds) {
        // Taken before they were stored: their outcomes can be written now.
        qsizetype taken = 0;
        if (!m_unstored.isEmpty()) {
            for (const QString& id : messageIds) {
                if (!m_unstored.remove(id))
                    continue;
                ++taken;
                if (auto held = m_heldOutcomes.find(id); held != m_heldOutcomes.end()) {
                    const std::shared_ptr<Outcome> outcome = std::move(held->second);
                    m_heldOutcomes.erase(held);
                    writeOutcome(outcome);
                }
            }
        }
        // Those handed out just before, with acceptedHandedOut(), need no fetch, nor those queued behind an
        // earlier one of their device (acceptedQueued()).
        if (messageIds.size() - taken > std::exchange(m_handedOutOnAccept, 0) + std::exchange(m_queuedOnAccept, 0))
            wake();
    });
    connect(m_store, &DeliveryStore::rejected, this, [this](const QStringList& messageIds) {
        for (const QString& id : messageIds) {
            if (!m_unstored.remove(id))
                continue;
            if (auto held = m_heldOutcomes.find(id); held != m_heldOutcomes.end()) {
                const std::shared_ptr<Outcome> outcome = std::move(held->second);
                m_heldOutcomes.erase(held);
                endUnstored(outcome);
            } else {
                m_refusedUnstored.insert(id); // still under way
            }
        }
    });
    connect(m_store, &DeliveryStore::handedOut, this, [this](const QList<DeliveryItem>& deliveries) {
        if (!m_running) {
            for (const DeliveryItem& d : deliveries)
                m_store->release(d.messageId);
            return;
        }
        for (const DeliveryItem& d : deliveries)
            m_ready.push_back(d);
        pump();
    });
    connect(m_store, &DeliveryStore::dueAvailable, this, &DeliveryEngine::wake);
    m_rewriteTimer.setSingleShot(true);
    connect(&m_rewriteTimer, &QTimer::timeout, this, &DeliveryEngine::writeUnwrittenAgain);
}

DeliveryEngine::~DeliveryEngine()
{
    m_running = false;
    m_store->setAcceptRoom(0);
    for (auto& [id, f] : m_inFlight) {
        if (f->transportId)
            m_transport->abort(*f->transportId);
        if (!f->direct)
            m_store->release(id);
    }
    m_inFlight.clear();
    for (const DeliveryItem& d : m_ready)
        m_store->release(d.messageId);
    // Outcomes the store could not write: the deliveries are attempted again in a later run (with the
    // same message id), which is better than losing them.
    for (const auto& o : m_unwritten)
        m_store->release(o->item.messageId);
    for (const auto& [id, o] : m_heldOutcomes)
        m_store->release(id);
}

void DeliveryEngine::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    invalidateSecrets();
    m_checkedWorkspace = nullptr;
    m_configErrors.clear();
    // A webhook the user enabled again is delivered to again.
    for (auto it = m_disabled.begin(); it != m_disabled.end();) {
        const Webhook* w = m_workspace ? webhookById(*m_workspace, it.key()) : nullptr;
        if (w && w->enabled)
            it = m_disabled.erase(it);
        else
            ++it;
    }
}

void DeliveryEngine::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
    invalidateSecrets();
}

void DeliveryEngine::invalidateSecrets()
{
    m_secretCache.clear();
    // A read under way answers with what the store held before: it serves its own attempt, not the cache.
    ++m_secretGeneration;
}

void DeliveryEngine::setEnvironment(EnvLookup env)
{
    m_env = std::move(env);
}

const Webhook* DeliveryEngine::webhookById(const Workspace& ws, const QString& id) const
{
    for (const Webhook& w : ws.webhooks) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

void DeliveryEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopRequested = false;
    m_stoppedEmitted = false;
    m_abandonUnwritten = false;
    wake();
}

void DeliveryEngine::stop()
{
    m_running = false;
    m_stopRequested = true;
    m_store->setAcceptRoom(0);
    m_wakeTimer.stop();
    for (const DeliveryItem& d : m_ready)
        m_store->release(d.messageId);
    m_ready.clear();
    if (m_inFlight.empty() && m_writing == 0)
        QTimer::singleShot(0, this, [this] { checkStopped(); });
}

void DeliveryEngine::checkStopped()
{
    if (!m_running && m_inFlight.empty() && m_writing == 0 && !m_stoppedEmitted) {
        m_stoppedEmitted = true;
        Q_EMIT stopped();
    }
}

void DeliveryEngine::abortAll()
{
    std::vector<QString> ids;
    for (auto& [id, f] : m_inFlight)
        ids.push_back(id);
    for (const QString& id : ids) {
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            continue;
        InFlight& f = *it->second;
        if (f.direct) {
            cancel(id);
            continue;
        }
        f.aborted = true;
        if (f.transportId) {
            // The transport answers later with an error; onResult() releases the delivery then.
            m_transport->abort(*f.transportId);
        } else {
            m_store->release(id);
            m_inFlight.erase(it);
        }
    }
    // Outcomes the store could not write are given up: their deliveries stay pending in the store and
    // are attempted again in a later run, with the same message id.
    if (!m_running) {
        m_abandonUnwritten = true;
        m_rewriteTimer.stop();
        for (const auto& o : std::exchange(m_unwritten, {})) {
            m_store->release(o->item.messageId);
            --m_writing;
            ++m_stats.abandoned;
        }
    }
    if (!m_running && m_inFlight.empty())
        QTimer::singleShot(0, this, [this] { checkStopped(); });
}

void DeliveryEngine::wake()
{
    m_mayHaveDue = true;
    ++m_dueGeneration;
    pump();
}

void DeliveryEngine::retryNow(const QStringList& messageIds)
{
    m_store->retryNow(messageIds);
    wake();
}

void DeliveryEngine::sendOnce(DeliveryItem item)
{
    startAttempt(std::move(item), true);
}

bool DeliveryEngine::cancel(const QString& messageId)
{
    const auto it = m_inFlight.find(messageId);
    if (it == m_inFlight.end() || !it->second->direct || it->second->cancelled)
        return false;
    InFlight& f = *it->second;
    f.cancelled = true;
    if (f.transportId) {
        // The transport answers with an error; onResult() reports the cancellation then.
        m_transport->abort(*f.transportId);
        return true;
    }
    // Still reading secrets: continueAttempt() finds nothing to continue.
    AttemptReport report;
    AttemptFacts facts;
    facts.kind = AttemptFacts::Kind::NetworkError;
    facts.summary = tr("cancelled");
    report.summary = facts.summary;
    finishDirect(f, report, facts);
    return true;
}

QStringList DeliveryEngine::directInFlight() const
{
    QStringList ids;
    for (const auto& [id, f] : m_inFlight) {
        if (f->direct)
            ids.append(id);
    }
    return ids;
}

QString DeliveryEngine::configurationError(const Workspace& ws, const Webhook& w)
{
    if (m_checkedWorkspace != &ws) {
        m_checkedWorkspace = &ws;
        m_configErrors.clear();
    }
    if (const auto it = m_configErrors.constFind(w.id); it != m_configErrors.cend())
        return *it;
    QString error;
    const int index = int(&w - ws.webhooks.data());
    for (const Problem& p : Validator::validateWebhook(ws, index)) {
        if (p.isError()) {
            error = p.field.isEmpty() ? p.message : u"%1: %2"_s.arg(p.field, p.message);
            break;
        }
    }
    m_configErrors.insert(w.id, error);
    return error;
}

bool DeliveryEngine::isIdle() const
{
    return m_inFlight.empty() && m_ready.empty() && !m_fetching && !m_mayHaveDue && m_writing == 0;
}

void DeliveryEngine::checkIdle()
{
    const bool idleNow = isIdle();
    if (idleNow && !m_wasIdle) {
        m_wasIdle = true;
        Q_EMIT idle();
    } else if (!idleNow) {
        m_wasIdle = false;
    }
}

void DeliveryEngine::armTimer(const QDateTime& at)
{
    if (!m_running || !at.isValid())
        return;
    if (m_wakeTimer.isActive() && m_wakeAt.isValid() && m_wakeAt <= at)
        return;
    m_wakeAt = at;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(at);
    // QTimer takes an int: a wake-up more than ~24 days away is re-armed when it fires.
    m_wakeTimer.start(int(std::clamp<qint64>(ms, 0, 24LL * 24 * 3600 * 1000)));
}

void DeliveryEngine::pump()
{
    // Attempts that end at once (a request that cannot be rendered) call pump() again from inside:
    // loop here instead of recursing.
    if (m_inPump) {
        m_pumpAgain = true;
        return;
    }
    m_inPump = true;
    do {
        m_pumpAgain = false;
        // While outcomes cannot be written, nothing new starts: what is sent must be recorded.
        if (!m_running || m_stalled)
            break;
        // Outcomes not written yet are sent again after a crash: a slow store holds new attempts back.
        while (int(m_inFlight.size()) < m_options.concurrency && m_writing < m_options.maxUnwritten &&
               !m_ready.empty()) {
            DeliveryItem item = std::move(m_ready.front());
            m_ready.pop_front();
            startAttempt(std::move(item));
        }
        if (!m_fetching && m_mayHaveDue && int(m_ready.size()) < m_options.readAhead / 2 + 1)
            fetch();
    } while (m_pumpAgain);
    m_inPump = false;
    // Room for new deliveries to be handed out as they are accepted, once nothing older is due.
    // The next of an ordered device may come while older deliveries of other devices wait to be fetched.
    const bool caughtUp = m_running && !m_fetching && !m_mayHaveDue && !m_stalled;
    const int room = m_running && !m_stalled
                         ? m_options.readAhead + m_options.concurrency - int(m_inFlight.size()) - int(m_ready.size())
                         : 0;
    m_store->setAcceptRoom(caughtUp ? room : 0, room);
    checkIdle();
}

void DeliveryEngine::fetch()
{
    const int limit = m_options.readAhead + m_options.concurrency - int(m_inFlight.size()) - int(m_ready.size());
    if (limit <= 0)
        return;
    m_fetching = true;
    const quint64 generation = m_dueGeneration;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->fetchDue(limit, now,
                      [this, limit, generation, now](QList<DeliveryItem> due, std::optional<QDateTime> next) {
                          m_fetching = false;
                          if (!m_running) {
                              for (const DeliveryItem& d : due)
                                  m_store->release(d.messageId);
                              checkIdle();
                              return;
                          }
                          // More may be due when the page was full or something arrived meanwhile.
                          m_mayHaveDue = due.size() == limit || generation != m_dueGeneration || (next && *next <= now);
                          for (DeliveryItem& d : due)
                              m_ready.push_back(std::move(d));
                          if (next && *next > now)
                              armTimer(*next);
                          pump();
                      });
}

bool DeliveryEngine::canTakeBeforeStored(int count) const
{
    return m_running && !m_stalled && !m_fetching && m_inFlight.empty() && m_ready.empty() && m_writing == 0 &&
           m_unwritten.empty() && m_unstored.isEmpty() && count > 0 && count <= m_options.concurrency;
}

void DeliveryEngine::takeBeforeStored(const QList<DeliveryItem>& items)
{
    for (const DeliveryItem& d : items) {
        m_unstored.insert(d.messageId);
        m_ready.push_back(d);
    }
    pump();
}

void DeliveryEngine::endUnstored(const std::shared_ptr<Outcome>& outcome)
{
    --m_writing;
    const bool wasDelivered = outcome->kind == Outcome::Kind::Attempted &&
                              outcome->report.decision.action == RetryDecision::Action::Delivered;
    if (wasDelivered) {
        // Nothing to record: the store never had it.
        ++m_stats.delivered;
        Q_EMIT attemptFinished(outcome->report);
        Q_EMIT delivered(outcome->report);
    }
    Q_EMIT unstoredAttemptEnded(outcome->item, wasDelivered);
    checkStopped();
    if (!m_running)
        checkIdle();
    else
        pump();
}

void DeliveryEngine::parkWithoutAttempt(const DeliveryItem& item, const QString& reason)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->kind = Outcome::Kind::Parked;
    outcome->item = item;
    outcome->parkReason = reason;
    ++m_writing;
    writeOutcome(outcome);
}

void DeliveryEngine::startAttempt(DeliveryItem item, bool direct)
{
    const std::shared_ptr<const Workspace> ws = m_workspace;
    const Webhook* w = ws ? webhookById(*ws, item.webhookId) : nullptr;
    if (!direct) {
        // Kept, not failed: the webhook may come back (renamed back, enabled again, a reload).
        if (!w) {
            parkWithoutAttempt(item, tr("the webhook %1 is not in the workspace").arg(item.webhookId));
            return;
        }
        if (const auto it = m_disabled.constFind(w->id); it != m_disabled.cend()) {
            parkWithoutAttempt(item, *it);
            return;
        }
        if (!w->enabled) {
            parkWithoutAttempt(item, disabledReason(*w));
            return;
        }
    } else if (!w) {
        AttemptReport report;
        report.delivery = item;
        report.direct = true;
        report.startedAt = QDateTime::currentDateTimeUtc();
        report.summary = tr("the webhook %1 is not in the workspace").arg(item.webhookId);
        report.decision.action = RetryDecision::Action::GiveUp;
        report.decision.reason = report.summary;
        Q_EMIT attemptFinished(report);
        return;
    }

    auto f = std::make_unique<InFlight>();
    f->item = std::move(item);
    f->workspace = ws;
    f->webhook = w;
    f->direct = direct;
    f->maxAttempts = direct ? 1 : std::max(1, m_options.maxAttempts.value_or(w->delivery.maxAttempts));
    f->attemptInRound = direct ? 1 : f->item.nextAttemptInRound();
    f->startedAt = QDateTime::currentDateTimeUtc();
    f->clock.start();
    const QString id = f->item.messageId;
    InFlight& ref = *f;
    m_inFlight.emplace(id, std::move(f));
    if (!direct)
        ++m_stats.attempts;
    Q_EMIT attemptStarted(ref.item, ref.attemptInRound, ref.maxAttempts);

    // A configuration the validator refuses (a header that clashes with a locked one, an invalid URL,
    // a broken template) fails at once: no later attempt could do better.
    if (const QString error = configurationError(*ws, *w); !error.isEmpty()) {
        failWithoutSending(ref, AttemptFacts::Kind::RenderInvalid, error);
        return;
    }
    const QList<SecretKey> needed = SecretResolver::neededKeys(*ws, *w);
    if (needed.isEmpty()) {
        continueAttempt(id, {}, SecretsRead::Complete, {});
        return;
    }
    if (const auto cached = m_secretCache.constFind(w->id); cached != m_secretCache.cend()) {
        continueAttempt(id, *cached, SecretsRead::Complete, {});
        return;
    }
    if (!m_secretStore) {
        // Nowhere to read the keychain from: rendering says which secret is missing.
        QTimer::singleShot(0, this, [this, id] { continueAttempt(id, {}, SecretsRead::Missing, {}); });
        return;
    }
    // Where this attempt goes: a secret saved before origins were recorded is bound to it now. A URL
    // that cannot be rendered fails the attempt in continueAttempt(), which says why.
    Device synthetic;
    RenderContext context = contextFor(ref, synthetic);
    context.env = m_env;
    const Result<Origin> origin = Renderer::origin(context);
    SecretResolver::resolve(
        *m_secretStore, *ws, *w,
        [self = QPointer<DeliveryEngine>(this), id, needed, webhookId = w->id, name = w->name,
         generation = m_secretGeneration](Result<SecretValues> r) {
            if (!self)
                return;
            if (!r) {
                self->continueAttempt(id, {}, SecretsRead::Unreadable, r.errorMessage());
                return;
            }
            for (const SecretKey& key : needed) {
                bool present = false;
                switch (key.field) {
                case SecretKey::Field::Password:
                    present = r->password.has_value();
                    break;
                case SecretKey::Field::SigningSecret:
                    present = r->signingSecret.has_value();
                    break;
                case SecretKey::Field::Variable:
                    present = r->variables.contains(key.variable);
                    break;
                case SecretKey::Field::BrokerPassword:
                case SecretKey::Field::ProxyPassword: // not a webhook's secret: never among `needed`
                    present = true;
                    break;
                }
                if (!present && self->m_secretStore) {
                    const QString why = key.field == SecretKey::Field::Variable
                                            ? SecretResolver::missingVariableMessage(key.environment, key.variable,
                                                                                     *self->m_secretStore)
                                            : SecretResolver::missingMessage(name, key.field, *self->m_secretStore);
                    self->continueAttempt(id, r.value(), SecretsRead::Missing, why);
                    return;
                }
            }
            if (generation == self->m_secretGeneration)
                self->m_secretCache.insert(webhookId, r.value());
            self->continueAttempt(id, r.value(), SecretsRead::Complete, {});
        },
        SecretResolver::Missing::IsEmpty, origin ? std::optional<Origin>(*origin) : std::nullopt);
}

void DeliveryEngine::failWithoutSending(InFlight& f, AttemptFacts::Kind kind, const QString& why)
{
    AttemptReport report;
    AttemptFacts facts;
    facts.kind = kind;
    facts.summary = why;
    report.summary = why;
    finishAttempt(f, report, facts);
}

void DeliveryEngine::continueAttempt(const QString& messageId, const SecretValues& secrets, SecretsRead read,
                                     const QString& secretsError)
{
    const auto it = m_inFlight.find(messageId);
    if (it == m_inFlight.end())
        return; // aborted meanwhile
    InFlight& f = *it->second;
    const Webhook& w = *f.webhook;
    f.secrets = secrets;
    // The keychain could not be read: counted as a failed attempt and retried, it may be unlocked later.
    if (read == SecretsRead::Unreadable) {
        failWithoutSending(f, AttemptFacts::Kind::RenderUnavailable, secretsError);
        return;
    }
    // A secret that is not there, or a variable that is not set, is a configuration error: it fails for
    // good, and a retry by hand re-checks it once it is fixed.
    if (read == SecretsRead::Missing && !secretsError.isEmpty()) {
        failWithoutSending(f, AttemptFacts::Kind::RenderInvalid, secretsError);
        return;
    }

    Device synthetic;
    RenderContext context = contextFor(f, synthetic);
    Result<RenderedRequest> rendered = Renderer::render(context);
    if (rendered) {
        f.rendered = rendered.value();
        if (m_options.reportRequests)
            f.masked = rendered->maskedView();
    }
    if (!rendered) {
        failWithoutSending(f, AttemptFacts::Kind::RenderInvalid, rendered.errorMessage());
        return;
    }

    AttemptOptions options;
    options.timeoutMs = m_options.timeoutMs.value_or(w.delivery.timeoutMs);
    options.followRedirects = w.delivery.followRedirects;
    options.pinnedSha256 = w.delivery.pinnedCertificate;
    options.caFile = w.delivery.caFile;
    f.transportId = m_transport->send(rendered.value(), options,
                                      [self = QPointer<DeliveryEngine>(this), messageId](AttemptResult result) {
                                          if (self)
                                              self->onResult(messageId, result);
                                      });
}

void DeliveryEngine::onResult(const QString& messageId, const AttemptResult& result)
{
    const auto it = m_inFlight.find(messageId);
    if (it == m_inFlight.end())
        return;
    InFlight& f = *it->second;
    if (f.cancelled) {
        AttemptReport report;
        AttemptFacts facts;
        facts.kind = AttemptFacts::Kind::NetworkError;
        facts.summary = tr("cancelled");
        report.summary = facts.summary;
        finishDirect(f, report, facts);
        return;
    }
    if (f.aborted) {
        // Not an attempt that counts: the delivery stays pending for a later run.
        if (!f.direct)
            m_store->release(messageId);
        m_inFlight.erase(it);
        checkStopped();
        pump();
        return;
    }
    AttemptReport report;
    report.sent = true;
    report.result = result;
    report.summary = summarize(result);
    finishAttempt(f, report, factsFrom(result, report.summary));
}

void DeliveryEngine::finishDirect(InFlight& f, AttemptReport& report, const AttemptFacts& facts)
{
    const QString messageId = f.item.messageId;
    report.direct = true;
    report.cancelled = f.cancelled;
    report.delivery = f.item;
    report.webhookName = f.webhook->name;
    report.attemptNumber = 1;
    report.attemptInRound = 1;
    report.maxAttempts = 1;
    report.startedAt = f.startedAt;
    report.durationMs = f.clock.elapsed();
    report.request = m_options.reportRequests ? std::move(f.masked) : std::nullopt;
    const bool ok =
        !f.cancelled && facts.kind == AttemptFacts::Kind::Response && RetryPolicy::isSuccessStatus(facts.status);
    report.decision.action = ok ? RetryDecision::Action::Delivered : RetryDecision::Action::GiveUp;
    if (!ok) {
        report.decision.reason = facts.kind == AttemptFacts::Kind::RenderInvalid
                                     ? RetryPolicy::tr("the request cannot be made: %1").arg(facts.summary)
                                     : facts.summary;
    }
    m_inFlight.erase(messageId); // `f` is gone from here on
    Q_EMIT attemptFinished(report);
    if (m_stopRequested)
        checkStopped();
    pump();
}

void DeliveryEngine::finishAttempt(InFlight& f, AttemptReport& report, const AttemptFacts& facts)
{
    if (f.direct) {
        finishDirect(f, report, facts);
        return;
    }
    const QString messageId = f.item.messageId;
    const qint64 durationMs = f.clock.elapsed();
    RetryDecision decision = RetryPolicy::decide(facts, f.attemptInRound, f.maxAttempts, m_options.schedule,
                                                 QRandomGenerator::global()->generateDouble());
    // A webhook disabled while this attempt was under way is not retried.
    if (decision.action == RetryDecision::Action::RetryLater) {
        if (const auto d = m_disabled.constFind(f.item.webhookId); d != m_disabled.cend()) {
            decision.action = RetryDecision::Action::GiveUp;
            decision.reason = *d;
        }
    }

    auto outcome = std::make_shared<Outcome>();
    AttemptRecord& record = outcome->record;
    outcome->hasRecord = true;
    record.number = f.item.attempts + 1;
    record.startedAt = f.startedAt;
    record.durationMs = durationMs;
    record.status = report.sent ? report.result.status : 0;
    record.error = decision.action == RetryDecision::Action::Delivered ? QString() : report.summary;
    if (decision.action != RetryDecision::Action::Delivered) {
        // Failed attempts keep what they sent, secrets masked, for `hooksmith-cli outbox show`.
        if (f.masked)
            record.request = f.masked->preview();
        else if (f.rendered)
            record.request = f.rendered->maskedView().preview();
    }

    report.delivery = f.item;
    report.webhookName = f.webhook->name;
    report.attemptNumber = record.number;
    report.attemptInRound = f.attemptInRound;
    report.maxAttempts = f.maxAttempts;
    report.startedAt = f.startedAt;
    report.durationMs = durationMs;
    report.request = m_options.reportRequests ? std::move(f.masked) : std::nullopt;
    report.decision = decision;

    DeliveryItem& item = outcome->item;
    item = f.item;
    item.attempts = record.number;
    item.lastError = record.error;
    switch (decision.action) {
    case RetryDecision::Action::Delivered:
    case RetryDecision::Action::GiveUp:
        break;
    case RetryDecision::Action::RetryLater:
        report.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(decision.delayMs);
        break;
    case RetryDecision::Action::DisableWebhook:
        // Nothing more goes to this webhook from now on; the runtime parks what waits for it.
        outcome->newlyDisabled = !m_disabled.contains(item.webhookId);
        if (outcome->newlyDisabled)
            m_disabled.insert(item.webhookId, decision.reason);
        break;
    }
    outcome->report = std::move(report);
    m_inFlight.erase(messageId); // `f` is gone from here on
    ++m_writing;
    writeOutcome(outcome);
    if (outcome->newlyDisabled)
        Q_EMIT webhookDisabled(item.webhookId, decision.reason);
    pump();
}

void DeliveryEngine::writeOutcome(const std::shared_ptr<Outcome>& outcome)
{
    // Taken before it was stored: written once the store has it, or not at all when it could not store it.
    if (!m_unstored.isEmpty() && m_unstored.contains(outcome->item.messageId)) {
        m_heldOutcomes.emplace(outcome->item.messageId, outcome);
        return;
    }
    if (!m_refusedUnstored.isEmpty() && m_refusedUnstored.remove(outcome->item.messageId)) {
        endUnstored(outcome);
        return;
    }
    auto done = [self = QPointer<DeliveryEngine>(this), outcome](Status st) {
        if (self)
            self->onOutcomeWritten(outcome, st);
    };
    if (outcome->kind == Outcome::Kind::Parked) {
        m_store->park(outcome->item, outcome->parkReason, std::move(done));
        return;
    }
    const RetryDecision& decision = outcome->report.decision;
    switch (decision.action) {
    case RetryDecision::Action::Delivered:
        m_store->complete(outcome->item, std::move(done));
        break;
    case RetryDecision::Action::RetryLater:
        m_store->recordRetry(outcome->item, outcome->record, outcome->report.nextAttemptAt, std::move(done));
        break;
    case RetryDecision::Action::GiveUp:
    case RetryDecision::Action::DisableWebhook:
        m_store->recordFailure(outcome->item, outcome->record, decision.reason, std::move(done));
        break;
    }
}

void DeliveryEngine::onOutcomeWritten(const std::shared_ptr<Outcome>& outcome, const Status& status)
{
    if (std::exchange(outcome->rewriting, false))
        --m_rewriting;
    if (!status) {
        if (m_abandonUnwritten) {
            m_store->release(outcome->item.messageId);
            --m_writing;
            ++m_stats.abandoned;
            checkStopped();
            return;
        }
        // The delivery stays handed out to this engine; its outcome is written again later. Until then
        // nothing new is attempted, and nothing is reported as delivered that the store does not know.
        m_unwritten.push_back(outcome);
        if (!m_stalled) {
            m_stalled = true;
            m_rewriteDelayMs = kFirstRewriteDelayMs;
            m_store->setAcceptRoom(0);
            Q_EMIT writeStalled(status.errorMessage());
        }
        scheduleRewrite();
        return;
    }
    --m_writing;
    if (outcome->kind == Outcome::Kind::Parked) {
        ++m_stats.parked;
        Q_EMIT parked(outcome->item, outcome->parkReason);
    } else {
        const AttemptReport& report = outcome->report;
        Q_EMIT attemptFinished(report);
        switch (report.decision.action) {
        case RetryDecision::Action::Delivered:
            ++m_stats.delivered;
            Q_EMIT delivered(report);
            break;
        case RetryDecision::Action::RetryLater:
            ++m_stats.retries;
            armTimer(report.nextAttemptAt);
            break;
        case RetryDecision::Action::GiveUp:
        case RetryDecision::Action::DisableWebhook:
            ++m_stats.failed;
            Q_EMIT failed(outcome->item, report.decision.reason);
            break;
        }
    }
    if (m_stalled && m_unwritten.empty() && m_rewriting == 0) {
        m_stalled = false;
        Q_EMIT writeResumed();
        wake();
    }
    scheduleRewrite();
    checkStopped();
    if (!m_running)
        checkIdle();
    else
        pump();
}

void DeliveryEngine::scheduleRewrite()
{
    if (m_unwritten.empty() || m_rewriting > 0 || m_rewriteTimer.isActive())
        return;
    m_rewriteTimer.start(m_rewriteDelayMs);
    m_rewriteDelayMs = std::min(m_rewriteDelayMs * 2, kMaxRewriteDelayMs);
}

void DeliveryEngine::writeUnwrittenAgain()
{
    std::vector<std::shared_ptr<Outcome>> again;
    again.swap(m_unwritten);
    // Written in the order they ended; whatever fails again comes back to m_unwritten.
    for (const auto& o : again) {
        o->rewriting = true;
        ++m_rewriting;
        writeOutcome(o);
    }
}

RenderContext DeliveryEngine::contextFor(const InFlight& f, Device& synthetic) const
{
    const Workspace& ws = *f.workspace;
    const Device* device = ws.deviceByToken(f.item.signal.deviceToken);
    if (!device && f.item.signal.deviceToken == sampleDevice().token)
        device = &sampleDevice();
    if (!device) {
        synthetic.token = f.item.signal.deviceToken;
        device = &synthetic;
    }
    RenderContext context;
    context.workspace = &ws;
    context.webhook = f.webhook;
    context.device = device;
    context.signal = f.item.signal;
    context.messageId = f.item.messageId;
    context.attemptTime = f.startedAt;
    context.secrets = f.secrets;
    context.env = m_env;
    return context;
}

QString DeliveryEngine::disabledReason(const Webhook& w)
{
    return w.disabledReason.isEmpty() ? tr("the webhook \"%1\" is disabled").arg(w.name)
                                      : tr("the webhook \"%1\" is disabled: %2").arg(w.name, w.disabledReason);
}

} // namespace hooksmith
