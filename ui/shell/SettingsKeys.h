#pragma once

// Every key the desktop keeps in QSettings, in one place, so that no two parts of the program
// use one key for different things. The strings are stored in users' settings: never change
// one, or what the user chose is lost.
namespace sstc::SettingsKeys {

// The UI language chosen under View → Language ("en" or "zh"); none: the system's.
inline constexpr char language[] = "ui/language";
// The name changes are recorded under in the history; none: the account's name.
inline constexpr char auditUserName[] = "audit/userName";
// How many days ahead agreements are listed as expiring soon.
inline constexpr char reminderDays[] = "agreements/reminderDays";
// The folder of the file last opened or saved through a file dialog: where the next starts.
inline constexpr char lastFileFolder[] = "files/lastFolder";
// The portfolio files opened last, newest first.
inline constexpr char recentFiles[] = "recentFiles";

// The main window's size and place, its toolbars, and which view was shown last.
inline constexpr char windowGeometry[] = "mainWindow/geometry";
inline constexpr char windowState[] = "mainWindow/state";
inline constexpr char currentView[] = "mainWindow/view";

// The portfolio view: the filter in use (JSON), the split between table and details, and
// the project table's column widths and order.
inline constexpr char portfolioFilter[] = "portfolio/filter";
inline constexpr char portfolioSplitter[] = "portfolio/splitter";
inline constexpr char projectTableHeader[] = "mainWindow/projectTableHeader";

// The donor report dialog's last choices: the donor (organisation id), the period (ISO days),
// the report's language (0 English, 1 Chinese, 2 both), paper and currency.
inline constexpr char reportDonor[] = "report/donor";
inline constexpr char reportFrom[] = "report/from";
inline constexpr char reportTo[] = "report/to";
inline constexpr char reportLanguage[] = "report/language";
inline constexpr char reportPaper[] = "report/paper";
inline constexpr char reportCurrency[] = "report/currency";

// The currency the funding view reports in ("USD" or "CNY").
inline constexpr char reportingCurrency[] = "funding/reportingCurrency";

// The reporting organisation's IATI identifier File → Export → IATI XML… used last.
inline constexpr char iatiReportingOrg[] = "iati/reportingOrg";

} // namespace sstc::SettingsKeys
