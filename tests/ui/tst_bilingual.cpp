// Issue 8: after switching language at run time, no UI text is left in the other language.
// The main window over the sample portfolio is switched to Chinese through its own menu, every
// view is visited and every dialog reachable from an action is opened, inspected and closed;
// every visible text (labels, buttons, menus, tabs, headers, tooltips, placeholders, combo
// items, chart titles and axes, window titles) is collected and checked. Then the same walk in
// English after switching back, which catches texts that are not retranslated at run time.
#include "tests/support/FakeClock.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/changes/ProjectChanges.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/offers/OfferCatalogue.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/LookupListsRepository.h"
#include "models/repositories/ProjectRecord.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "translations/TranslationLoader.h"
#include "ui/agreements/ExpiryReminderDialog.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/portfolio/ProjectSummaryPane.h"
#include "ui/shell/FallbackTag.h"
#include "ui/shell/FallbackTextDelegate.h"
#include "ui/shell/FileDialogs.h"

#include <QAbstractButton>
#include <QAbstractFileIconProvider>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPaintEngine>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <functional>

using namespace sstc;

namespace {

// One text found on screen and where: "projectEditor › QLabel generalTitleLabel".
struct FoundText
{
    QString where;
    QString text;
    bool isDate = false;    // a date editor's text, which must be written the language's way
    bool isPainted = false; // painted text, in pieces as laid out (lines, elided titles)
};

// Every text value the sample portfolio holds, in both languages: what a pane may show as
// data, such as a project's title in the other language under the title in the UI's.
QStringList &dataTexts()
{
    static QStringList texts;
    return texts;
}

// A piece of painted text that is part of a text of the portfolio. Short pieces are not
// taken for data: a scale's "Sep" or a legend's "Planned" must be in the UI's language.
bool isPaintedData(const FoundText &found)
{
    if (!found.isPainted)
        return false;
    QString piece = found.text;
    if (piece.endsWith(QChar(0x2026)))
        piece.chop(1);
    if (piece.size() < 16)
        return false;
    return std::any_of(dataTexts().cbegin(), dataTexts().cend(),
                       [&](const QString &text) { return text.contains(piece); });
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString describe(const QObject *object)
{
    QString path;
    for (const QObject *o = object; o; o = o->parent()) {
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_"))) {
            path = o->objectName() + (path.isEmpty() ? QString() : QStringLiteral("/") + path);
            if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
                break;
        }
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(object->metaObject()->className()),
                                       path);
}

// A paint device that keeps the text painted on it: what the timeline's scale, the charts'
// axes and any other painted label say, which no widget property holds.
class PaintedTextRecorder : public QPaintDevice
{
public:
    explicit PaintedTextRecorder(QSize size)
        : m_size(size)
    {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QStringList &texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        QStringList texts;
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        // Shapes and images are not needed; QPaintEngine's defaults would call each other.
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
        Type type() const override { return QPaintEngine::User; }
    };
    QSize m_size;
    mutable Engine m_engine;
};

// Collects every text a user can read in a window and the menus of its actions.
class TextCollector
{
public:
    QList<FoundText> texts;

    void add(const QObject *object, const QString &text)
    {
        const QString shown = plain(text).trimmed();
        if (!shown.isEmpty())
            texts.append({describe(object), shown});
    }

    void addAction(const QAction *action)
    {
        if (action->isSeparator())
            return;
        add(action, action->text());
        // A tooltip that Qt made from the text adds nothing; one set by hand must be translated.
        add(action, action->toolTip());
        if (QMenu *menu = action->menu()) {
            add(menu, menu->title());
            for (const QAction *child : menu->actions())
                addAction(child);
        }
    }

    void addItemView(const QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        // Headers are UI; cells are data, except those a view fills with words of its own
        // (statuses, roles, "no funding"), which the models translate through DomainNames.
        // Columns that edit one language side by side with the other ("Title (Chinese)") hold
        // data in that language whatever the UI's.
        static const QRegularExpression sideBySide(QStringLiteral("Chinese|English|中文|英文"));
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            add(view, header);
            if (header.contains(sideBySide))
                continue;
            for (int row = 0; row < qMin(model->rowCount(), 50); ++row) {
                const QModelIndex index = model->index(row, column);
                add(view, index.data(Qt::ToolTipRole).toString());
                add(view, index.data().toString());
            }
        }
    }

    // Qt's file dialog: the names are data; sizes, types and dates are written by the dialog.
    void addFileList(const QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column) {
            add(view, model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; column > 0 && row < model->rowCount(view->rootIndex()); ++row)
                add(view, model->index(row, column, view->rootIndex()).data().toString());
        }
    }

    // What is painted rather than held by a property: scales, legends, axis numbers.
    void addPainted(QWidget *widget)
    {
        PaintedTextRecorder recorder(widget->size());
        widget->render(&recorder);
        for (const QString &text : recorder.texts())
            if (!text.trimmed().isEmpty())
                texts.append({describe(widget), text.trimmed(), false, true});
    }

    void addChart(const QChart *chart)
    {
        add(chart, chart->title());
        for (const QAbstractAxis *axis : chart->axes()) {
            add(chart, axis->titleText());
            // Category labels: countries, themes, statuses, years in the UI language
            // (categories() is not const in Qt 6.4).
            if (auto *categories =
                    qobject_cast<QBarCategoryAxis *>(const_cast<QAbstractAxis *>(axis)))
                for (const QString &category : categories->categories())
                    add(chart, category);
        }
        for (const QAbstractSeries *series : chart->series())
            add(chart, series->name());
    }

    void addWidget(const QWidget *root)
    {
        add(root, root->windowTitle());
        QList<const QWidget *> widgets{root};
        for (const QWidget *child : root->findChildren<QWidget *>())
            widgets.append(child);
        for (const QWidget *widget : std::as_const(widgets)) {
            if (qobject_cast<const QMenu *>(widget))
                continue; // through the actions
            add(widget, widget->toolTip());
            add(widget, widget->whatsThis());
            if (auto *label = qobject_cast<const QLabel *>(widget))
                add(widget, label->text());
            if (auto *button = qobject_cast<const QAbstractButton *>(widget))
                add(widget, button->text());
            if (auto *group = qobject_cast<const QGroupBox *>(widget))
                add(widget, group->title());
            if (auto *edit = qobject_cast<const QLineEdit *>(widget))
                add(widget, edit->placeholderText());
            // How the editor writes a date, also while it shows its "any date" special text.
            if (auto *edit = qobject_cast<const QDateEdit *>(widget)) {
                add(widget, edit->specialValueText());
                texts.append({describe(widget),
                              edit->locale().toString(QDate(2016, 9, 6), edit->displayFormat()),
                              true});
            }
            if (auto *tabs = qobject_cast<const QTabBar *>(widget))
                for (int i = 0; i < tabs->count(); ++i) {
                    add(widget, tabs->tabText(i));
                    add(widget, tabs->tabToolTip(i));
                }
            if (auto *combo = qobject_cast<const QComboBox *>(widget))
                for (int i = 0; i < combo->count(); ++i)
                    add(widget, combo->itemText(i));
            // A header's model is its table's; a combo box's list is its items.
            if (auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
                const bool fileSystem = qobject_cast<const QFileDialog *>(widget->window());
                if (!qobject_cast<const QHeaderView *>(widget) &&
                    !qobject_cast<const QComboBox *>(widget->parentWidget()) && !fileSystem)
                    addItemView(view);
                else if (fileSystem && !qobject_cast<const QHeaderView *>(widget))
                    addFileList(view);
            }
            if (auto *chartView = qobject_cast<const QChartView *>(widget))
                addChart(chartView->chart());
            for (const QAction *action : widget->actions())
                addAction(action);
        }
    }
};

// Latin words that may stay in Chinese: names and codes that are the same in both languages.
// Kept small on purpose; each entry says why.
const QStringList &latinAllowed()
{
    static const QStringList words{
        // Organisation names and acronyms, used as such in Chinese documents.
        QStringLiteral("SSTC"), QStringLiteral("IATI"), QStringLiteral("UN"),
        QStringLiteral("ASEAN"), QStringLiteral("ITC"),
        // Currency codes and file formats, written in Latin letters in Chinese too.
        QStringLiteral("USD"), QStringLiteral("CNY"), QStringLiteral("CHF"), QStringLiteral("EUR"),
        QStringLiteral("US"), QStringLiteral("PDF"), QStringLiteral("CSV"), QStringLiteral("PNG"),
        QStringLiteral("SVG"), QStringLiteral("XML"), QStringLiteral("HTML"), QStringLiteral("UTF"),
        // Units of file size, as Chinese file managers write them.
        QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB"),
        // A file type named after the product (the MIME database's "SQLite3 数据库").
        QStringLiteral("SQLite"),
        // Products named as such in Chinese: the rate import's note on Chinese Excel's
        // GB18030 files ("中文版 Excel", "GB18030（中文 Windows）").
        QStringLiteral("Excel"), QStringLiteral("Windows"),
        // Key names in shortcuts, as printed on the keyboard.
        QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"),
        QStringLiteral("Del"), QStringLiteral("Esc"),
        // Qt's file dialog lists folder contents and the sample's file name.
        QStringLiteral("sstc"), QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("csv"),
        QStringLiteral("sqlite"), QStringLiteral("db")};
    return words;
}

// Removes what is data by construction: file paths, mnemonics "(&F)", e-mail-like and
// numeric tokens, and IATI identifiers such as "CN-USCC-12345" or "XM-DAC-41302-…".
QString withoutData(QString text)
{
    static const QRegularExpression path(QStringLiteral(R"(\S*[/\\]\S*)"));
    static const QRegularExpression file(QStringLiteral(R"(\S+\.\w{2,5}\b)"));
    static const QRegularExpression mnemonic(QStringLiteral(R"(\(&\w\)|&(?=\w))"));
    // The header line of a CSV format ("currency,to_currency,date") must be written as it is.
    static const QRegularExpression fields(QStringLiteral(R"(\b\w+(,\w+)+\b)"));
    static const QRegularExpression identifier(QStringLiteral(R"(\b[A-Z]{2}(-[\w]+){2,}\b)"));
    return text.remove(path).remove(file).remove(mnemonic).remove(fields).remove(identifier);
}

// Organisation acronyms are data (ACTRAV, CEC…), read from the portfolio's own lists.
QStringList &dataWords()
{
    static QStringList words;
    return words;
}

QStringList latinWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList words;
    auto it = word.globalMatch(withoutData(text));
    while (it.hasNext()) {
        const QString found = it.next().captured();
        if (!latinAllowed().contains(found) && !dataWords().contains(found))
            words << found;
    }
    return words;
}

int countPixels(const QImage &picture, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            if (picture.pixelColor(x, y) == colour)
                ++count;
    return count;
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral(R"([\x{3400}-\x{9fff}\x{3000}-\x{303f}])"));
    return han.match(text).hasMatch();
}

} // namespace

class TestBilingual : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qtDialogsAreTranslated();
    void fileDialogWritesDetailsTheLanguagesWay();
    void noEnglishLeftInChinese();
    void noChineseLeftInEnglish();
    void marksTitlesShownInTheOtherLanguage();

private:
    // Opens the sample in FROM, switches to TO through the language menu and walks the window.
    void walkAfterSwitching(Language from, Language to, QList<FoundText> &walked);
    // Texts of the walk that are not in LANGUAGE, one line each.
    static QStringList problemsIn(const QList<FoundText> &walked, Language language);
    // Visits every view and dialog of a window in its current language; LANG names screenshots.
    QList<FoundText> walk(MainWindow &window, const QString &lang);
    // Triggers an action; a dialog it opens (modal or not) is collected, pictured and closed.
    // A file dialog is answered with FILETOCHOOSE when given, to reach what comes after it.
    // A dialog with a button named BUTTONTOPRESS has it pressed, to reach the dialog it opens.
    void openAndClose(QAction *action, TextCollector &collector, const QString &lang,
                      const QString &fileToChoose = {}, const QString &buttonToPress = {});
    void collectDialog(QWidget *dialog, TextCollector &collector, const QString &lang);
    // The questions and error messages of creating and opening portfolios, reached as a user
    // would; leaves the window on the sample portfolio.
    void collectQuestionsAndErrors(MainWindow &window, TextCollector &collector,
                                   const QString &lang);
    static void report(const QStringList &problems);
    // Whether the walk read the dialogs no menu opens directly: the questions asked before
    // deleting or creating, error boxes, the lookup lists' change history.
    static bool reachedQuestions(const QList<FoundText> &found);

    TestFolders m_folders;
    // A day with no agreement near its end: no expiry reminder opens at start, whatever day the
    // test runs.
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
    QSet<QString> m_pictured;
    QStringList m_collected; // names of the dialogs collected, in order
};

void TestBilingual::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
    const auto store = PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    for (const Organisation &organisation : LookupListsRepository(*store).load().organisations)
        dataWords() << organisation.acronym.split(QLatin1Char(' '));
    for (const Country &country : LookupListsRepository(*store).load().countries)
        dataWords() << country.code;
    QVERIFY(dataWords().contains(QStringLiteral("ACTRAV")));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("data"));
        db.setDatabaseName(m_samplePath);
        QVERIFY(db.open());
        QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), db);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table), db);
            while (rows.next())
                for (int c = 0; c < rows.record().count(); ++c)
                    if (rows.value(c).typeId() == QMetaType::QString)
                        dataTexts() << rows.value(c).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("data"));
    QVERIFY(dataTexts().size() > 100);
}

void TestBilingual::collectDialog(QWidget *dialog, TextCollector &collector, const QString &lang)
{
    QCoreApplication::processEvents();
    // Pages of tab widgets are hidden until chosen: visit each so that all are collected.
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            tabs->setCurrentIndex(i);
    collector.addWidget(dialog);
    const QString name = dialog->objectName().isEmpty()
                             ? QString::fromLatin1(dialog->metaObject()->className())
                             : dialog->objectName();
    m_collected << name;
    if (!m_pictured.contains(name + lang)) {
        m_pictured.insert(name + lang);
        if (auto *tabs = dialog->findChild<QTabWidget *>())
            tabs->setCurrentIndex(0);
        saveScreenshot(*dialog, QStringLiteral("dialog-%1").arg(name), lang);
    }
}

void TestBilingual::openAndClose(QAction *action, TextCollector &collector, const QString &lang,
                                 const QString &fileToChoose, const QString &buttonToPress)
{
    QList<QWidget *> before;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            before << w;
    // A modal dialog runs its own event loop: a timer inspects and closes it from inside, and
    // any question it asks on closing too. Dialogs are remembered by QPointer, not by address:
    // a dialog on the stack often takes the very address of one destroyed just before (the
    // file dialog of "New Portfolio", then its error box), and would be taken for it.
    QList<QPointer<QWidget>> seen;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (!seen.contains(modal)) {
            seen << modal;
            collectDialog(modal, collector, lang);
            auto *files = qobject_cast<QFileDialog *>(modal);
            if (files && !fileToChoose.isEmpty()) {
                // Typed, as a user may: selecting waits for the folder to be read.
                if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(fileToChoose);
                static_cast<QDialog *>(files)->accept();
                return;
            }
            auto *button = buttonToPress.isEmpty()
                               ? nullptr
                               : modal->findChild<QAbstractButton *>(buttonToPress);
            if (button && button->isVisible()) {
                QTimer::singleShot(0, button, &QAbstractButton::click);
                return;
            }
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll.start();
    action->trigger();
    poll.stop();
    QCoreApplication::processEvents();
    // Dialogs opened without exec() stay open after trigger() returns.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && !before.contains(w) && !qobject_cast<QMenu *>(w)) {
            collectDialog(w, collector, lang);
            w->close();
        }
}

void TestBilingual::collectQuestionsAndErrors(MainWindow &window, TextCollector &collector,
                                              const QString &lang)
{
    const auto collectedAfter = [this](const std::function<void()> &step) {
        m_collected.clear();
        step();
        return m_collected;
    };
    const QStringList errorAfterFileDialog{QStringLiteral("QFileDialog"),
                                           QStringLiteral("errorMessage")};
    auto *create = window.findChild<QAction *>(QStringLiteral("newPortfolioAction"));
    // A new portfolio never replaces a file: naming one that exists gives an error.
    QCOMPARE(collectedAfter([&] { openAndClose(create, collector, lang, m_samplePath); }),
             errorAfterFileDialog);
    // A new name asks whether to start from the sample (closing the question: empty).
    const QString created = m_folders.filePath(QStringLiteral("new-%1.sstc").arg(lang));
    QCOMPARE(collectedAfter([&] { openAndClose(create, collector, lang, created); }),
             (QStringList{QStringLiteral("QFileDialog"), QStringLiteral("newPortfolioQuestion")}));

    // Files that cannot be opened, each with its own message.
    const QString notADatabase = m_folders.filePath(QStringLiteral("notes.sstc"));
    {
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Meeting notes, not a portfolio.\n");
    }
    const QString newer = m_folders.filePath(QStringLiteral("newer-%1.sstc").arg(lang));
    QFile::remove(newer);
    QVERIFY(QFile::copy(m_samplePath, newer));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QSqlQuery(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"), db);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    for (const QString &path : {notADatabase, newer}) {
        QAction open;
        connect(&open, &QAction::triggered, &window, [&] { window.openPortfolio(path); });
        QCOMPARE(collectedAfter([&] { openAndClose(&open, collector, lang); }),
                 QStringList{QStringLiteral("errorMessage")});
    }
    QVERIFY(window.openPortfolio(m_samplePath));
}

QList<FoundText> TestBilingual::walk(MainWindow &window, const QString &lang)
{
    TextCollector collector;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    Q_ASSERT(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        // A view that computes its figures in the background (funding) says when they came.
        if (!QTest::qWaitFor([&] { return !tabs->currentWidget()->property("loading").toBool(); },
                             20000))
            QTest::qFail("the view's figures did not come", __FILE__, __LINE__);
        // A selected row fills the detail panes, whose texts are checked too.
        for (QAbstractItemView *view : tabs->currentWidget()->findChildren<QAbstractItemView *>())
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
                !view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, 0));
        QCoreApplication::processEvents();
        collector.addWidget(tabs->currentWidget());
        collector.addPainted(tabs->currentWidget());
        saveScreenshot(window, tabs->currentWidget()->objectName(), lang);
    }
    tabs->setCurrentIndex(0);
    collector.addWidget(&window);
    for (const QAction *action : window.menuBar()->actions())
        collector.addAction(action);

    // Every action that may open a dialog, except those that change or leave the portfolio.
    const QStringList skipped{QStringLiteral("quitAction"),
                              QStringLiteral("languageEnglishAction"),
                              QStringLiteral("languageChineseAction"),
                              QStringLiteral("clearRecentAction"),
                              QStringLiteral("openSampleAction"),
                              QStringLiteral("undoAction"),
                              QStringLiteral("redoAction"),
                              QStringLiteral("removeProposalAction"),
                              QStringLiteral("addToProposalAction"),
                              QStringLiteral("copyRowsAction"),
                              QStringLiteral("copyProposalAction")};
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->objectName().isEmpty() || skipped.contains(action->objectName()) ||
            action->isCheckable() || !action->isEnabled() || action->menu())
            continue;
        openAndClose(action, collector, lang);
    }
    // The attach-document dialog, from a button of the agreements view's documents panel.
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("agreementsView")));
    if (auto *history = window.findChild<QTableView *>(QStringLiteral("agreementHistoryTable")))
        for (int row = 0; row < history->model()->rowCount(); ++row)
            if (!history->model()->index(row, 0).data(ContextRowRole).toBool()) {
                history->setCurrentIndex(history->model()->index(row, 0));
                break;
            }
    QCoreApplication::processEvents();
    if (auto *attach = window.findChild<QAbstractButton *>(QStringLiteral("attachDocumentButton"));
        attach && attach->isEnabled()) {
        QAction click;
        connect(&click, &QAction::triggered, attach, &QAbstractButton::click);
        openAndClose(&click, collector, lang, m_samplePath);
    }
    tabs->setCurrentIndex(0);
    // The change history of the lookup lists, from a button of their dialog.
    openAndClose(window.findChild<QAction *>(QStringLiteral("lookupListsAction")), collector, lang,
                 {}, QStringLiteral("lookupHistoryButton"));
    collectQuestionsAndErrors(window, collector, lang);
    // The reminder of expiring agreements opens at start-up only when one expires soon, which
    // the sample's do not: shown here over one made up for it.
    ExpiringAgreement expiring;
    expiring.agreement.title = {QStringLiteral("Memorandum of understanding"),
                                QStringLiteral("谅解备忘录")};
    expiring.expiresOn = QDate(2026, 12, 31);
    expiring.daysLeft = 30;
    ExpiryReminderDialog reminder(
        {expiring}, lang == QLatin1String("zh") ? Language::Chinese : Language::English, 60,
        &window);
    reminder.show();
    collectDialog(&reminder, collector, lang);
    reminder.close();
    return collector.texts;
}

void TestBilingual::qtDialogsAreTranslated()
{
    TranslationLoader translations;
    translations.apply(Language::Chinese);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("查找范围："));
    // The file types Qt's file dialog lists, which Qt's own catalogue leaves in English.
    QAbstractFileIconProvider icons;
    QCOMPARE(icons.type(QFileInfo(QDir::tempPath())), QStringLiteral("文件夹"));
    // Other types come from the MIME database, in the default locale's language.
    QVERIFY(hasChinese(icons.type(QFileInfo(m_samplePath))));
    translations.apply(Language::English);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

// The file list's sizes and dates follow the interface language, not the system's locale.
void TestBilingual::fileDialogWritesDetailsTheLanguagesWay()
{
    const QString folder = m_folders.filePath(QStringLiteral("files"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(QStringLiteral("rates.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3000, 'x'));
    QVERIFY(file.flush()); // a later write would set the time again
    const QDateTime modified(QDate(2016, 9, 6), QTime(14, 30));
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();

    TranslationLoader translations;
    for (const Language language : {Language::Chinese, Language::English}) {
        translations.apply(language);
        QFileDialog dialog(nullptr, QStringLiteral("files"), folder);
        FileDialogs::prepare(dialog);
        dialog.show();
        auto *list = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(list->rootIndex()), 1);
        const auto cell = [&](int column) {
            return list->model()->index(0, column, list->rootIndex()).data().toString();
        };
        QCOMPARE(cell(0), QStringLiteral("rates.csv"));
        const QLocale locale;
        QCOMPARE(cell(3), locale.toString(modified, QLocale::ShortFormat));
        QCOMPARE(cell(1), locale.formattedDataSize(3000, 1, QLocale::DataSizeTraditionalFormat));
        const QString details = cell(1) + u' ' + cell(2) + u' ' + cell(3);
        if (language == Language::Chinese) {
            QCOMPARE(cell(3), QStringLiteral("2016/9/6 14:30"));
            QCOMPARE(cell(1), QStringLiteral("2.9 kB"));
            QVERIFY2(latinWords(details).isEmpty(), qPrintable(details));
        } else {
            QCOMPARE(cell(3), QStringLiteral("06/09/2016 14:30"));
            QVERIFY2(!hasChinese(details), qPrintable(details));
        }
    }
}

void TestBilingual::walkAfterSwitching(Language from, Language to, QList<FoundText> &walked)
{
    TranslationLoader translations;
    translations.apply(from);
    MainWindow window(translations);
    window.setLanguage(from);
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openPortfolio(m_samplePath));
    // Switched as a user does, so that what is not retranslated at run time shows up.
    window
        .findChild<QAction *>(to == Language::Chinese ? QStringLiteral("languageChineseAction")
                                                      : QStringLiteral("languageEnglishAction"))
        ->trigger();
    QCoreApplication::processEvents();
    walked = walk(window, languageCode(to));
    translations.apply(Language::English);
    QVERIFY(reachedQuestions(walked));
}

QStringList TestBilingual::problemsIn(const QList<FoundText> &walked, Language language)
{
    const bool chinese = language == Language::Chinese;
    // The language menu names the other language in that language, so that anyone can find
    // their way back.
    const QString otherLanguageEntry =
        chinese ? QStringLiteral("languageEnglishAction") : QStringLiteral("languageChineseAction");
    static const QRegularExpression month(QStringLiteral("[A-Z][a-z]{2}"));
    QStringList problems;
    for (const FoundText &found : walked) {
        if (found.where.contains(otherLanguageEntry) || isPaintedData(found))
            continue;
        const bool dateInLanguage =
            chinese ? found.text.contains(QStringLiteral("年")) : found.text.contains(month);
        if (found.isDate && !dateInLanguage)
            problems << QStringLiteral("%1: date “%2” not written the %3 way")
                            .arg(found.where, found.text,
                                 chinese ? QStringLiteral("Chinese") : QStringLiteral("English"));
        if (chinese) {
            const QStringList words = latinWords(found.text);
            if (!words.isEmpty())
                problems << QStringLiteral("%1: “%2” (%3)")
                                .arg(found.where, found.text.left(120),
                                     words.join(QLatin1Char(' ')));
        } else if (hasChinese(found.text)) {
            problems << QStringLiteral("%1: “%2”").arg(found.where, found.text.left(120));
        }
    }
    problems.removeDuplicates();
    return problems;
}

void TestBilingual::noEnglishLeftInChinese()
{
    QList<FoundText> walked;
    walkAfterSwitching(Language::English, Language::Chinese, walked);
    if (QTest::currentTestFailed())
        return;
    report(problemsIn(walked, Language::Chinese));
}

void TestBilingual::noChineseLeftInEnglish()
{
    QList<FoundText> walked;
    walkAfterSwitching(Language::Chinese, Language::English, walked);
    if (QTest::currentTestFailed())
        return;
    report(problemsIn(walked, Language::English));
}

void TestBilingual::marksTitlesShownInTheOtherLanguage()
{
    // A project whose title has not been written in Chinese yet.
    const QString path = m_folders.filePath(QStringLiteral("untranslated.sstc"));
    {
        const auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
        ProjectRecord record = *ProjectRecordRepository(*store).load(1);
        record.project.title.zh.clear();
        ProjectChanges(*store, AuditActor(QStringLiteral("test"))).apply({}, record);
        // …and an agreement and a fundable offer whose titles have not either.
        AgreementRepository agreements(*store);
        Agreement agreement = agreements.all().constFirst();
        agreement.title.zh.clear();
        agreements.update(agreement);
        OfferCatalogue catalogue(*store);
        QList<FundingOffer> offers = catalogue.load();
        offers.first().title.zh.clear();
        catalogue.save(offers);
    }
    TranslationLoader translations;
    translations.apply(Language::Chinese);
    MainWindow window(translations);
    window.setLanguage(Language::Chinese);
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openPortfolio(path));
    auto *table = window.findChild<QTableView *>(QStringLiteral("projectTable"));
    QVERIFY(qobject_cast<FallbackTextDelegate *>(
        table->itemDelegateForColumn(ProjectTableModel::Title)));
    QModelIndex marked;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ProjectTableModel::Title);
        if (!index.data(FallbackLanguageRole).isNull()) {
            QVERIFY2(!marked.isValid(), "only the untranslated title is marked");
            marked = index;
        }
    }
    QVERIFY(marked.isValid());
    QCOMPARE(marked.data(FallbackLanguageRole).toString(), QStringLiteral("en"));
    QVERIFY(!hasChinese(marked.data().toString()));

    // The tag is painted at the cell's right end, in its own colours.
    const QRect cell = table->visualRect(marked);
    const QImage picture = table->viewport()->grab(cell).toImage();
    const int tagPixels =
        countPixels(picture.copy(picture.width() / 2, 0, picture.width() - picture.width() / 2,
                                 picture.height()),
                    FallbackTag::fillColour());
    QVERIFY2(tagPixels > 20, qPrintable(QString::number(tagPixels)));

    // The summary says so in words.
    table->setCurrentIndex(marked);
    QCoreApplication::processEvents();
    auto *pane = window.findChild<ProjectSummaryPane *>();
    QVERIFY(pane);
    auto *summary = pane->findChild<QTextBrowser *>();
    QVERIFY(summary);
    QVERIFY2(summary->toPlainText().contains(QCoreApplication::translate(
                 "sstc::ProjectSummaryPane", "No title in this language yet; shown in the other "
                                             "language.")),
             qPrintable(summary->toPlainText().left(300)));
    saveScreenshot(window, QStringLiteral("fallback-title"), QStringLiteral("zh"));

    // The other views that list titles mark them the same way: one marked row each.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    for (const auto &[viewName, tableName] :
         {std::pair{QStringLiteral("timelineView"), QString()},
          std::pair{QStringLiteral("agreementsView"), QStringLiteral("agreementHistoryTable")},
          std::pair{QStringLiteral("offersView"), QStringLiteral("offerTable")}}) {
        tabs->setCurrentWidget(window.findChild<QWidget *>(viewName));
        QCoreApplication::processEvents();
        if (tableName.isEmpty()) {
            // The timeline paints its titles: the tag's colour is in the title column.
            auto *timeline = tabs->currentWidget();
            const QImage picture = timeline->grab().toImage();
            QVERIFY(countPixels(picture, FallbackTag::fillColour()) > 20);
            saveScreenshot(window, QStringLiteral("fallback-timeline"), QStringLiteral("zh"));
            continue;
        }
        auto *view = window.findChild<QTableView *>(tableName);
        QVERIFY2(view, qPrintable(tableName));
        QVERIFY(qobject_cast<FallbackTextDelegate *>(view->itemDelegate()));
        int markedRows = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            for (int column = 0; column < view->model()->columnCount(); ++column)
                if (view->model()->index(row, column).data(FallbackLanguageRole) ==
                    QStringLiteral("en"))
                    ++markedRows;
        QCOMPARE(markedRows, 1);
        QVERIFY(countPixels(view->viewport()->grab().toImage(), FallbackTag::fillColour()) > 20);
        saveScreenshot(window, QStringLiteral("fallback-%1").arg(viewName), QStringLiteral("zh"));
    }
    translations.apply(Language::English);
}

bool TestBilingual::reachedQuestions(const QList<FoundText> &found)
{
    for (const QString &name :
         {QStringLiteral("deleteProjectQuestion"), QStringLiteral("newPortfolioQuestion"),
          QStringLiteral("errorMessage"), QStringLiteral("changeHistoryDialog")})
        if (std::none_of(found.cbegin(), found.cend(),
                         [&](const FoundText &text) { return text.where.contains(name); })) {
            qWarning() << "the walk did not reach" << name;
            return false;
        }
    return true;
}

void TestBilingual::report(const QStringList &problems)
{
    // One line each: a QVERIFY2 message would be cut short.
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 texts in the other language (see the warnings)")
                            .arg(problems.size())));
}

QTEST_MAIN(TestBilingual)
#include "tst_bilingual.moc"
