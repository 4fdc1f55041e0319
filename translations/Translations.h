#pragma once

class QCoreApplication;
class QLocale;

namespace hooksmith {

/// Installs Qt's and Hooksmith's translations for `locale` (default: the system locale, which follows
/// LANG / LC_ALL / LC_MESSAGES). Languages without a translation stay in English.
void installTranslations(QCoreApplication& app);
void installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace hooksmith
