#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

const QString kTranslatorName = u"hooksmith-translator"_s;

} // namespace

void installTranslations(QCoreApplication& app)
{
    installTranslations(app, QLocale::system());
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));
}

void installTranslations(QCoreApplication& app, const QLocale& locale)
{
    for (QTranslator* old : app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // Qt's own strings (standard buttons, dialogs) first, then Hooksmith's.
    auto* qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* ours = new QTranslator(&app);
    ours->setObjectName(kTranslatorName);
    if (ours->load(locale, u"hooksmith"_s, u"_"_s, u":/hooksmith/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace hooksmith
