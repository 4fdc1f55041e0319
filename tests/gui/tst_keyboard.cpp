// The main window by keyboard and at small sizes: the tab order, shortcuts and mnemonics, completion,
// the wheel over combo boxes, and the layout at 1024x640.
#include "EditorTableView.h"
#include "ElidedLabel.h"
#include "GuiTestSupport.h"
#include "Inspector.h"
#include "PreviewPanel.h"
#include "ResponsesPanel.h"
#include "Sidebar.h"
#include "TemplateEdits.h"
#include "Theme.h"
#include "WebhookTableModels.h"
#include "WorkspaceDocument.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::AppFixture;

namespace {

/// The mnemonic letter of a text ("&File" -> 'f'), or a null char; "&&" is a literal ampersand.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QString describe(const QObject* o)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> f;

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void init()
    {
        f = std::make_unique<AppFixture>();
        QVERIFY(f->window.openFile(Paths::demoWorkspace()));
        f->window.show();
        f->window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f->window));
        QCOMPARE(f->window.currentWebhook(), 0);
        QTRY_VERIFY(f->window.preview()->previewText().startsWith(u"POST /hooks/"_s));
    }

    void cleanup()
    {
        f->window.document()->undoStack()->setClean();
        f.reset();
    }

    void tabFromTheFirstFieldReachesSend()
    {
        auto* send = f->window.preview()->findChild<QPushButton*>(u"sendButton"_s);
        QTRY_VERIFY(send->isEnabled());
        auto* name = f->find<QWidget>("nameLineEdit");
        QVERIFY(name);
        name->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QStringList walked;
        bool reached = false;
        for (int i = 0; i < 600 && !reached; ++i) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            walked << (now ? now->objectName() : u"(none)"_s);
            reached = now == send;
        }
        QVERIFY2(reached, qPrintable(walked.join(u", "_s)));
        // Tables were left after their last cell: each is walked through once, not round and round.
        for (const char* tableName : {"bodyTableView", "headersTableView"}) {
            const auto* table = f->find<QTableView>(tableName);
            const qsizetype cells = qsizetype(table->model()->rowCount()) * table->model()->columnCount();
            QVERIFY2(walked.count(QString::fromLatin1(tableName)) <= cells, tableName);
            QVERIFY(walked.contains(QString::fromLatin1(tableName)));
        }
    }

    void ctrlTabLeavesATableFromAnyCell()
    {
        auto* body = f->find<QTableView>("bodyTableView");
        QVERIFY(body && body->model()->rowCount() > 1);
        body->setFocus(Qt::TabFocusReason);
        body->setCurrentIndex(body->model()->index(0, 1));
        QTRY_COMPARE(QApplication::focusWidget(), body);
        QTest::keyClick(body, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(QApplication::focusWidget() != body);
        // Tab inside goes from cell to cell, and leaves after the last one.
        body->setFocus(Qt::TabFocusReason);
        const int rows = body->model()->rowCount();
        const int columns = body->model()->columnCount();
        body->setCurrentIndex(body->model()->index(rows - 1, BodyTableModel::KeyColumn));
        QTest::keyClick(body, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), body);
        QCOMPARE(body->currentIndex().row(), rows - 1);
        QVERIFY(body->currentIndex().column() > BodyTableModel::KeyColumn);
        for (int i = 0; i < columns && QApplication::focusWidget() == body; ++i)
            QTest::keyClick(body, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != body);
    }

    void shortcutsAreUnambiguous()
    {
        // Every window-wide sequence belongs to one action or shortcut; widget shortcuts to one per widget.
        QHash<QString, QStringList> owners;
        for (QAction* a : f->window.findChildren<QAction*>()) {
            for (const QKeySequence& k : a->shortcuts()) {
                const QString scope =
                    a->shortcutContext() == Qt::WidgetShortcut && a->parent() ? describe(a->parent()) : u"window"_s;
                owners[scope + u": "_s + k.toString()] << describe(a) + u' ' + a->text();
            }
        }
        for (QShortcut* s : f->window.findChildren<QShortcut*>()) {
            for (const QKeySequence& k : s->keys()) {
                const QString scope =
                    s->context() == Qt::WidgetShortcut || s->context() == Qt::WidgetWithChildrenShortcut
                        ? describe(s->parent())
                        : u"window"_s;
                owners[scope + u": "_s + k.toString()] << describe(s);
            }
        }
        QVERIFY(owners.size() > 15);
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it->size() > 1)
                clashes << it.key() + u" -> "_s + it->join(u" | "_s);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void ctrlDDuplicatesFromTheWebhookList()
    {
        QTest::failOnWarning(QRegularExpression(u"Ambiguous shortcut"_s));
        auto* list = f->find<QListView>("webhookListView");
        list->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), list);
        const qsizetype before = f->window.document()->workspace().webhooks.size();
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(f->window.document()->workspace().webhooks.size(), before + 1);
    }

    void mnemonicsDoNotClashWithTheMenuBar()
    {
        // The Devices panel (serial ports and network devices) is made on first use: made now, it is checked too.
        f->find<QAction>("actionDevices")->trigger();
        QVERIFY(f->find<QWidget>("networkDevicesPanel"));
        QHash<QChar, QString> menus;
        for (QAction* a : f->window.menuBar()->actions()) {
            const QChar m = mnemonic(a->text());
            QVERIFY2(!m.isNull(), qPrintable(a->text()));
            QVERIFY2(!menus.contains(m), qPrintable(a->text()));
            menus.insert(m, a->text());
        }
        QStringList all;
        QStringList clashes;
        auto check = [&](const QObject* o, const QString& text) {
            const QChar m = mnemonic(text);
            if (m.isNull())
                return;
            all << u"%1: %2"_s.arg(describe(o), text);
            if (menus.contains(m))
                clashes << u"%1 \"%2\" takes Alt+%3 from the menu %4"_s.arg(describe(o), text, m.toUpper(), menus[m]);
        };
        for (QLabel* l : f->window.findChildren<QLabel*>()) {
            if (l->buddy())
                check(l, l->text());
        }
        for (QAbstractButton* b : f->window.findChildren<QAbstractButton*>())
            check(b, b->text());
        QVERIFY2(all.size() > 20, qPrintable(all.join(u'\n')));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void completionInsertsOnEnterAndTab_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Enter") << int(Qt::Key_Return);
        QTest::newRow("Tab") << int(Qt::Key_Tab);
    }

    void completionInsertsOnEnterAndTab()
    {
        QFETCH(int, key);
        auto* url = f->find<TemplateLineEdit>("urlLineEdit");
        QVERIFY(url);
        url->setFocus();
        url->end(false);
        QTest::keyClicks(url, u"?n={{SIGNAL_NU"_s);
        QAbstractItemView* popup = url->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key(key));
        QTRY_VERIFY(url->text().endsWith(u"?n={{SIGNAL_NUMBER}}"_s));
        QVERIFY(!popup->isVisible());
    }

    void theWheelChangesOnlyAFocusedComboBox()
    {
        auto* method = f->find<QComboBox>("methodComboBox");
        QVERIFY(method);
        f->find<QWidget>("nameLineEdit")->setFocus();
        const int before = method->currentIndex();
        const int steps = f->window.document()->undoStack()->count();
        const QPoint centre = method->rect().center();
        QWheelEvent wheel(centre, method->mapToGlobal(centre), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(method, &wheel);
        QCOMPARE(method->currentIndex(), before);
        QCOMPARE(f->window.document()->undoStack()->count(), steps);
        method->setFocus();
        QTRY_VERIFY(method->hasFocus());
        QWheelEvent again(centre, method->mapToGlobal(centre), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(method, &again);
        QVERIFY(method->currentIndex() != before);
    }

    void theWheelChangesOnlyAFocusedComboBoxInPanelsMadeLater()
    {
        // The Devices panel is made on first use, after the window: its combo and spin boxes are guarded too.
        f->find<QAction>("actionDevices")->trigger();
        auto* waveform = f->find<QComboBox>("virtualWaveformCombo");
        auto* number = f->find<QSpinBox>("virtualGeneratorNumberSpin");
        QVERIFY(waveform && number);
        QTRY_VERIFY(waveform->isVisible());
        f->find<QWidget>("nameLineEdit")->setFocus();
        const int waveformBefore = waveform->currentIndex();
        const int numberBefore = number->value();
        for (QWidget* target : {static_cast<QWidget*>(waveform), static_cast<QWidget*>(number)}) {
            const QPoint centre = target->rect().center();
            QWheelEvent wheel(centre, target->mapToGlobal(centre), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
            QVERIFY2(!target->hasFocus(), target->objectName().toUtf8().constData());
        }
        QCOMPARE(waveform->currentIndex(), waveformBefore);
        QCOMPARE(number->value(), numberBefore);
        waveform->setFocus();
        QTRY_VERIFY(waveform->hasFocus());
        const QPoint centre = waveform->rect().center();
        QWheelEvent again(centre, waveform->mapToGlobal(centre), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(waveform, &again);
        QVERIFY(waveform->currentIndex() != waveformBefore);
    }

    void altUpAndDownMoveABodyRowWithUndo()
    {
        auto* body = f->find<QTableView>("bodyTableView");
        QAbstractItemModel* model = body->model();
        QVERIFY(model->rowCount() >= 2);
        const QString first = model->index(0, BodyTableModel::KeyColumn).data().toString();
        const QString second = model->index(1, BodyTableModel::KeyColumn).data().toString();
        body->setFocus();
        body->setCurrentIndex(model->index(0, BodyTableModel::KeyColumn));
        QTest::keyClick(body, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(model->index(0, BodyTableModel::KeyColumn).data().toString(), second);
        QCOMPARE(model->index(1, BodyTableModel::KeyColumn).data().toString(), first);
        QCOMPARE(body->currentIndex().row(), 1);
        QCOMPARE(f->window.document()->webhook(0)->body.at(1).key, first);
        // At the top it stays; one undo step puts it back.
        body->setCurrentIndex(model->index(0, BodyTableModel::KeyColumn));
        QTest::keyClick(body, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(model->index(0, BodyTableModel::KeyColumn).data().toString(), second);
        f->window.document()->undoStack()->undo();
        QCOMPARE(model->index(0, BodyTableModel::KeyColumn).data().toString(), first);
        QCOMPARE(model->index(1, BodyTableModel::KeyColumn).data().toString(), second);
    }

    void aBodyRowIsMovedByDraggingIt()
    {
        auto* body = f->find<QTableView>("bodyTableView");
        QAbstractItemModel* model = body->model();
        QVERIFY(model->rowCount() >= 3);
        const QString first = model->index(0, BodyTableModel::KeyColumn).data().toString();
        const QString third = model->index(2, BodyTableModel::KeyColumn).data().toString();
        // What a drag of row 0 carries, dropped on row 2.
        QMimeData data;
        data.setData(QString::fromLatin1(EditorTableView::kRowMimeType), "0");
        const QPoint on = body->visualRect(model->index(2, BodyTableModel::KeyColumn)).center();
        QDragEnterEvent enter(on, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(body->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(on, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(body->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(on), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(body->viewport(), &drop);
        QCOMPARE(model->index(2, BodyTableModel::KeyColumn).data().toString(), first);
        QCOMPARE(model->index(1, BodyTableModel::KeyColumn).data().toString(), third);
        QCOMPARE(body->currentIndex().row(), 2);
        f->window.document()->undoStack()->undo();
        QCOMPARE(model->index(0, BodyTableModel::KeyColumn).data().toString(), first);
        QCOMPARE(model->index(2, BodyTableModel::KeyColumn).data().toString(), third);
    }

    void disabledRowsAreDimmedAndLockedRowsNameTheirSource()
    {
        auto* body = f->find<QTableView>("bodyTableView");
        QAbstractItemModel* model = body->model();
        const QColor muted = Theme::color(Theme::Role::Muted, QApplication::palette());
        QVERIFY(model->index(0, BodyTableModel::KeyColumn).data(Qt::ForegroundRole).value<QColor>() != muted);
        QVERIFY(model->setData(model->index(0, BodyTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->index(0, BodyTableModel::KeyColumn).data(Qt::ForegroundRole).value<QColor>(), muted);

        auto* headers = static_cast<NameValueTableModel*>(f->find<QTableView>("headersTableView")->model());
        QStringList sources;
        for (int r = 0; r < headers->lockedCount(); ++r) {
            sources << headers->index(r, NameValueTableModel::NameColumn).data().toString() + u'=' +
                           headers->index(r, NameValueTableModel::RemoveColumn).data().toString();
        }
        QVERIFY2(sources.contains(u"Content-Type=format"_s), qPrintable(sources.join(u", "_s)));
        QVERIFY2(sources.contains(u"Host=Hooksmith"_s), qPrintable(sources.join(u", "_s)));
    }

    void tabSkipsLockedRowsAndEntersATableAtItsFirstCell()
    {
        auto* headers = f->find<QTableView>("headersTableView");
        QAbstractItemModel* model = headers->model();
        // The demo's first webhook has locked rows only: one of yours is added at the end.
        auto* add = f->find<QPushButton>("addHeaderButton");
        QVERIFY(add);
        add->click();
        const int yours = model->rowCount() - 1;
        QVERIFY(yours > 0);
        QVERIFY(!(model->flags(model->index(0, 1)) & Qt::ItemIsEditable));
        // Left at some cell, entered again by Tab: the first cell that can be changed, in your row.
        headers->setCurrentIndex(model->index(yours, model->columnCount() - 1));
        f->find<QWidget>("nameLineEdit")->setFocus();
        headers->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), headers);
        QCOMPARE(headers->currentIndex().row(), yours);
        // Shift+Tab from there passes over the locked rows and leaves the table.
        QTest::keyClick(headers, Qt::Key_Backtab);
        QTRY_VERIFY(QApplication::focusWidget() != headers);
    }

    void theEditorScrollsToTheCurrentCell()
    {
        f->window.resize(1024, 640);
        QTRY_COMPARE(f->window.size(), QSize(1024, 640));
        auto* body = f->find<QTableView>("bodyTableView");
        auto* area = f->find<QScrollArea>("editorScrollArea");
        QVERIFY(body && area);
        area->verticalScrollBar()->setValue(0);
        body->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), body);
        const QModelIndex last = body->model()->index(body->model()->rowCount() - 1, BodyTableModel::ValueColumn);
        body->setCurrentIndex(last);
        const QRect cell = body->visualRect(last);
        const QRect shown(body->viewport()->mapTo(area->viewport(), cell.topLeft()), cell.size());
        QVERIFY2(area->viewport()->rect().contains(shown),
                 qPrintable(u"cell at %1,%2 in a viewport of %3x%4"_s.arg(shown.x())
                                .arg(shown.y())
                                .arg(area->viewport()->width())
                                .arg(area->viewport()->height())));
    }

    void aLongNameDoesNotWidenTheWindow()
    {
        f->window.resize(1024, 640);
        QTRY_COMPARE(f->window.size(), QSize(1024, 640));
        // A name that fits is shown whole, even when it grows longer.
        auto* title = f->find<ElidedLabel>("titleLabel");
        QVERIFY(title);
        f->window.selectWebhook(1);
        QTRY_COMPARE(title->fullText(), u"Temperature alert"_s);
        QTest::qWait(20);
        QCOMPARE(title->text(), title->fullText());
        QVERIFY(title->toolTip().isEmpty());
        auto* name = f->find<QLineEdit>("nameLineEdit");
        const QString longName = u"A webhook with a name much longer than any screen is wide "_s.repeated(4);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, longName);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(title->fullText(), longName);
        QTest::qWait(50);
        QCOMPARE(f->window.size(), QSize(1024, 640));
        QVERIFY(f->window.minimumSizeHint().width() <= 1024);
        // Cut off, and whole in its tooltip.
        QVERIFY2(title->text().endsWith(u'\u2026'), qPrintable(u"%1 px: %2"_s.arg(title->width()).arg(title->text())));
        QCOMPARE(title->toolTip(), longName);
        // The toolbar's Undo keeps its short label; the menu and the tooltip say what it undoes.
        auto* undo = f->find<QAction>("actionUndo");
        QCOMPARE(undo->iconText(), tr("Undo"));
        QVERIFY2(undo->text().size() > undo->iconText().size(), qPrintable(undo->text()));
    }

    void aCutCellShowsItsWholeTextOnHover()
    {
        auto* problems = f->find<QTableView>("problemsView");
        QVERIFY(problems && problems->model()->rowCount() > 0);
        problems->show();
        problems->horizontalHeader()->resizeSection(0, 120);
        const QModelIndex where = problems->model()->index(0, 0);
        const QString whole = where.data().toString();
        QVERIFY(QFontMetrics(problems->font()).horizontalAdvance(whole) > 120);
        const QPoint at = problems->visualRect(where).center();
        QHelpEvent help(QEvent::ToolTip, at, problems->viewport()->mapToGlobal(at));
        QApplication::sendEvent(problems->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        // The whole text first, then what the model says about the row (the problem).
        QVERIFY2(QToolTip::text().startsWith(whole + u'\n'), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(where.siblingAtColumn(1).data().toString()));
        QToolTip::hideText();
    }

    void theWindowWorksAt1024x640()
    {
        f->window.resize(1024, 640);
        QTRY_COMPARE(f->window.size(), QSize(1024, 640));
        // Send is on screen, inside the window.
        auto* send = f->window.preview()->findChild<QPushButton*>(u"sendButton"_s);
        QVERIFY(send->isVisible());
        const QRect inWindow(send->mapTo(&f->window, QPoint(0, 0)), send->size());
        QVERIFY2(
            f->window.rect().contains(inWindow),
            qPrintable(
                u"%1,%2 %3x%4"_s.arg(inWindow.x()).arg(inWindow.y()).arg(inWindow.width()).arg(inWindow.height())));
        // A long status in the Responses detail does not widen the window.
        AttemptReport r;
        r.delivery.messageId = u"msg_long"_s;
        r.webhookName = u"Local receiver"_s;
        r.attemptNumber = r.attemptInRound = r.maxAttempts = 1;
        r.startedAt = QDateTime::currentDateTimeUtc();
        r.summary = u"the request cannot be made: "_s + QString(u"a very long reason "_s).repeated(30);
        r.decision.action = RetryDecision::Action::GiveUp;
        f->window.responsesPanel()->append(r);
        f->window.inspector()->showPanel(f->window.responsesPanel());
        f->window.responsesPanel()->selectRow(0);
        QCOMPARE(f->window.responsesPanel()->detailStatus(), r.summary);
        QTest::qWait(50);
        QCOMPARE(f->window.size(), QSize(1024, 640));
        QVERIFY(f->window.minimumSizeHint().width() <= 1024);
        QVERIFY(f->window.minimumSizeHint().height() <= 640);

        // With the device docks open too.
        f->find<QAction>("actionDevices")->trigger();
        f->find<QAction>("actionSignalsMonitor")->trigger();
        f->find<QAction>("actionSerialConsole")->trigger();
        f->find<QAction>("actionLiveChart")->trigger();
        QTest::qWait(50);
        f->window.resize(1024, 640);
        QTRY_COMPARE(f->window.size(), QSize(1024, 640));
        QVERIFY2(
            f->window.minimumSizeHint().width() <= 1024 && f->window.minimumSizeHint().height() <= 640,
            qPrintable(u"%1x%2"_s.arg(f->window.minimumSizeHint().width()).arg(f->window.minimumSizeHint().height())));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
