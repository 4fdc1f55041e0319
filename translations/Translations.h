#pragma once

class QCoreApplication;
class QLocale;
class QString;

namespace hooksmith {

/// Installs Qt's and Hooksmith's translations for `locale` (default: the system locale, which follows
/// LANG / LC_ALL / LC_MESSAGES). Languages without a translation stay in English.
/// Translations installed before by these functions are removed first, so the last call decides.
void installTranslations(QCoreApplication& app);
void installTranslations(QCoreApplication& app, const QLocale& locale);
/// For a language chosen in Preferences: "de", "it", "en" (no translation); empty: the system locale.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace hooksmith
